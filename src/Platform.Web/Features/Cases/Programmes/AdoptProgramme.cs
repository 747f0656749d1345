using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Cases.Programmes;

public sealed class AdoptProgrammeInput
{
    [Required(ErrorMessage = "Choose a programme.")]
    public string Key { get; set; } = "";

    [Range(1, int.MaxValue, ErrorMessage = "Choose a version.")]
    public int Version { get; set; }

    [Display(Name = "Time zone")]
    [Required(ErrorMessage = "Enter the time zone in which deadlines are counted.")]
    public string TimeZoneId { get; set; } = "Europe/Amsterdam";

    /// <summary>Public holidays, one ISO date (yyyy-MM-dd) per line.</summary>
    [Display(Name = "Public holidays")]
    public string? Holidays { get; set; }
}

/// <summary>
/// The current agency runs a published version of a package: one row, no code. Replaces the agency's earlier
/// active version of the same package for new referrals.
/// </summary>
public sealed class AdoptProgrammeHandler(AppDbContext db, TimeProvider clock, IAuditLog audit)
{
    public async Task<CaseOutcome<AgencyProgramme>> HandleAsync(CaseActor actor, AdoptProgrammeInput input, CancellationToken cancellationToken = default)
    {
        if (!actor.HasAgency)
        {
            return CaseOutcome.Invalid<AgencyProgramme>("", CaseActor.NoAgencyMessage);
        }

        var errors = CaseOutcome.Validate(input);
        var package = await db.ProgrammePackages.AsNoTracking()
            .FirstOrDefaultAsync(p => p.Key == input.Key && p.Version == input.Version && p.Status == ProgrammePackageStatus.Published, cancellationToken);
        if (package is null)
        {
            return CaseOutcome.NotFound<AgencyProgramme>();
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(input.TimeZoneId ?? "", out _))
        {
            errors[nameof(input.TimeZoneId)] = ["Unknown time zone; use an IANA name such as Europe/Amsterdam."];
        }

        var holidays = new List<DateOnly>();
        foreach (var line in (input.Holidays ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (DateOnly.TryParseExact(line, "yyyy-MM-dd", out var day))
            {
                holidays.Add(day);
            }
            else
            {
                errors[nameof(input.Holidays)] = ["Write each holiday as a date like 2026-12-25, one per line."];
            }
        }

        if (errors.Count > 0)
        {
            return CaseOutcome.Invalid<AgencyProgramme>(errors);
        }

        var existing = await db.AgencyProgrammes.Where(a => a.PackageKey == input.Key).ToListAsync(cancellationToken);
        foreach (var other in existing)
        {
            other.Active = false;
        }

        var adoption = existing.FirstOrDefault(a => a.PackageVersion == input.Version);
        if (adoption is null)
        {
            adoption = new AgencyProgramme { AgencyCode = actor.AgencyCode, PackageKey = input.Key, PackageVersion = input.Version, AdoptedById = actor.MemberId };
            db.AgencyProgrammes.Add(adoption);
        }

        adoption.Active = true;
        adoption.TimeZoneId = input.TimeZoneId!;
        adoption.Holidays = [.. holidays.Distinct().Order()];
        adoption.AdoptedAt = clock.GetUtcNow();
        adoption.AdoptedById = actor.MemberId;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("programme.adopted", nameof(AgencyProgramme), adoption.Id.ToString(), actor.AgencyCode, Details: $"{input.Key} v{input.Version}"), cancellationToken);
        return CaseOutcome.Ok(adoption);
    }
}
