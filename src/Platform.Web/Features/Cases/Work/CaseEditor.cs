using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Cases.Programmes;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Cases.Work;

/// <summary>The calendar and rules a case runs under: its programme version and its agency's adoption settings.</summary>
public sealed record CaseRules(ProgrammeDefinition Definition, AgencyProgramme? Adoption, WorkingDays Calendar, DateOnly Today)
{
    public int GuardianRequiredBelowAge => Adoption?.GuardianConsentBelowAge ?? Definition.Consent.GuardianRequiredBelowAge;

    public int FirstContactWorkingDays => Adoption?.FirstContactWorkingDays ?? Definition.FirstContactWorkingDays;
}

/// <summary>
/// Shared steps of every case use case: load with the caller's version (optimistic concurrency), bump the version,
/// save and turn a concurrent write into a conflict, and the programme rules and calendar of the case.
/// </summary>
public sealed class CaseEditor(AppDbContext db, TimeProvider clock, ProgrammeCatalog programmes)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Null case: not found (or another agency's). Conflict: the stored version differs from <paramref name="expectedVersion"/>.</summary>
    public async Task<(Case? Case, int? ConflictVersion)> LoadAsync(Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var found = await db.Cases.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (found is null)
        {
            return (null, null);
        }

        return found.Version != expectedVersion ? (found, found.Version) : (found, null);
    }

    public void Touch(Case @case)
    {
        @case.Version++;
        @case.UpdatedAt = clock.GetUtcNow();
    }

    /// <summary>Saves; returns the version stored by someone else when they saved in between (nothing of ours is written).</summary>
    public async Task<int?> SaveAsync(Case @case, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Cases.AsNoTracking().Where(c => c.Id == @case.Id).Select(c => c.Version).FirstOrDefaultAsync(cancellationToken);
            return current;
        }
    }

    public async Task<CaseRules> RulesAsync(string programmeKey, int programmeVersion, CancellationToken cancellationToken)
    {
        var definition = await programmes.DefinitionAsync(programmeKey, programmeVersion, cancellationToken)
            ?? throw new InvalidOperationException($"Programme {programmeKey} v{programmeVersion} is not published.");
        var adoption = await programmes.AdoptionAsync(programmeKey, programmeVersion, cancellationToken);
        var calendar = new WorkingDays(adoption?.Holidays ?? []);
        return new CaseRules(definition, adoption, calendar, WorkingDays.Today(clock, adoption?.TimeZoneId ?? "UTC"));
    }

    public Task<CaseRules> RulesAsync(Case @case, CancellationToken cancellationToken) =>
        RulesAsync(@case.ProgrammeKey, @case.ProgrammeVersion, cancellationToken);

    public CaseTask NewTask(Case @case, CaseTaskKind kind, DateOnly dueOn, Guid? relatedId = null) => new()
    {
        AgencyCode = @case.AgencyCode,
        CaseId = @case.Id,
        Kind = kind,
        DueOn = dueOn,
        RelatedId = relatedId,
        AssigneeMemberId = @case.AssignedMemberId,
        CreatedAt = clock.GetUtcNow(),
    };
}
