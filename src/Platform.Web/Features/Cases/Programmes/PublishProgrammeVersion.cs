using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Cases.Programmes;

public sealed class PublishProgrammeInput
{
    [Display(Name = "Package (JSON)")]
    [Required(ErrorMessage = "Paste or upload the package JSON.")]
    public string Json { get; set; } = "";
}

/// <summary>
/// Publishes a new version of a package from its JSON. A published key+version never changes: the new version must
/// be higher than every existing one. New keys belong to the publisher's agency (or the network for a network admin);
/// new versions of a key may be published by its owner agency's admins or a network admin.
/// </summary>
public sealed class PublishProgrammeVersionHandler(AppDbContext db, TimeProvider clock, IAuditLog audit)
{
    public async Task<CaseOutcome<ProgrammePackage>> HandleAsync(
        CaseActor actor, bool isNetworkAdmin, bool isCountryAdmin, PublishProgrammeInput input, CancellationToken cancellationToken = default)
    {
        var (file, errors) = ProgrammePackageFile.Parse(input.Json);
        if (file is null)
        {
            return CaseOutcome.Invalid<ProgrammePackage>(new Dictionary<string, string[]> { [nameof(input.Json)] = [.. errors] });
        }

        var versions = await db.ProgrammePackages.AsNoTracking().Where(p => p.Key == file.Key)
            .Select(p => new { p.Version, p.OwnerAgencyCode }).ToListAsync(cancellationToken);
        var owner = versions.Count > 0 ? versions[0].OwnerAgencyCode : isNetworkAdmin && !isCountryAdmin ? null : actor.AgencyCode;
        if (!isNetworkAdmin && !(isCountryAdmin && owner == actor.AgencyCode))
        {
            return CaseOutcome.Invalid<ProgrammePackage>(nameof(input.Json),
                "Only a network admin or an admin of the owning agency can publish a version of this package.");
        }

        if (versions.Any(v => v.Version >= file.Version))
        {
            var latest = versions.Max(v => v.Version);
            return CaseOutcome.Invalid<ProgrammePackage>(nameof(input.Json),
                $"Version {latest} of {file.Key} is published and cannot change; publish it as version {latest + 1}.");
        }

        var package = new ProgrammePackage
        {
            Key = file.Key,
            Version = file.Version,
            Name = file.Name.Trim(),
            Description = file.Description.Trim(),
            OwnerAgencyCode = owner,
            SourceInterventionSlug = file.SourceInterventionSlug,
            DefinitionJson = file.DefinitionJson(),
            Status = ProgrammePackageStatus.Published,
            CreatedAt = clock.GetUtcNow(),
            CreatedById = actor.MemberId,
            PublishedAt = clock.GetUtcNow(),
            PublishedById = actor.MemberId,
        };
        db.ProgrammePackages.Add(package);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("programme.published", nameof(ProgrammePackage), package.Id.ToString(), Details: $"{package.Key} v{package.Version}"), cancellationToken);
        return CaseOutcome.Ok(package);
    }
}
