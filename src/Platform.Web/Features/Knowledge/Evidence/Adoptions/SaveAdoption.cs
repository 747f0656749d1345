using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Evidence.Adoptions;

/// <summary>
/// Creates or updates the actor's agency's adoption of an intervention (one per pair). Every status change is kept
/// in the history with who, when and why; the intervention's adopting countries follow the piloting/running set.
/// </summary>
public sealed class SaveAdoptionHandler(AppDbContext db, InterventionAccess interventions, TimeProvider clock, IAuditLog audit)
{
    public async Task<Outcome<AdoptionView>> HandleAsync(EvidenceActor actor, Guid interventionId, AdoptionInput input, CancellationToken cancellationToken = default)
    {
        var found = await interventions.FindAsync(actor.Viewer, interventionId, cancellationToken);
        if (found is null || actor.AgencyCode is null)
        {
            return Outcome.NotFound<AdoptionView>();
        }

        var errors = Network.Outcome.Validate(input).ToDictionary(StringComparer.Ordinal);
        if (!Enum.IsDefined(input.Status))
        {
            errors[nameof(AdoptionInput.Status)] = ["Choose a status."];
        }

        if (input.StartedOn is { } start && input.EndedOn is { } end && end < start)
        {
            errors[nameof(AdoptionInput.EndedOn)] = ["The end date cannot be before the start date."];
        }

        if (input.Status is AdoptionStatus.Piloting or AdoptionStatus.Running && input.StartedOn is null)
        {
            errors[nameof(AdoptionInput.StartedOn)] = ["Enter the date the pilot or roll-out started."];
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid<AdoptionView>(errors);
        }

        var now = clock.GetUtcNow();
        var adoption = await db.Adoptions.Include(a => a.History)
            .FirstOrDefaultAsync(a => a.InterventionId == interventionId && a.AgencyCode == actor.AgencyCode, cancellationToken);
        var created = adoption is null;
        var previous = adoption?.Status;
        adoption ??= db.Adoptions.Add(new Adoption
        {
            InterventionId = interventionId,
            AgencyCode = actor.AgencyCode,
            CreatedAt = now,
            UpdatedBy = actor.MemberId,
        }).Entity;
        adoption.Status = input.Status;
        adoption.StartedOn = input.StartedOn;
        adoption.EndedOn = input.EndedOn;
        adoption.Language = Blank(input.Language)?.ToLowerInvariant();
        adoption.Contact = Blank(input.Contact);
        adoption.Adaptations = input.Adaptations?.Trim() ?? "";
        adoption.Obstacles = input.Obstacles?.Trim() ?? "";
        adoption.Results = input.Results?.Trim() ?? "";
        adoption.UpdatedAt = now;
        adoption.UpdatedBy = actor.MemberId;
        adoption.Version = Guid.NewGuid();
        if (created || previous != input.Status)
        {
            var name = await db.Users.Where(m => m.Id == actor.MemberId).Select(m => m.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? "?";
            // Added explicitly: a child with a preset key found through a navigation would be taken for an existing row.
            db.AdoptionStatusChanges.Add(new AdoptionStatusChange
            {
                AdoptionId = adoption.Id, From = previous, To = input.Status, ChangedBy = actor.MemberId, ChangedByName = name,
                ChangedAt = now, Note = input.Note?.Trim() ?? "",
            });
        }

        await AdoptingCountries.UpdateAsync(db, interventionId, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (created)
        {
            // A colleague registered the same adoption a moment ago (unique intervention + agency).
            return Outcome.Invalid<AdoptionView>("", "Your agency's adoption was just registered by someone else. Reload the page and edit it.");
        }

        await audit.RecordAsync(new AuditEvent(created ? "adoption.created" : "adoption.updated", nameof(Adoption), adoption.Id.ToString(),
            actor.AgencyCode, Details: $"intervention {found.Slug}, status {previous?.ToString() ?? "none"} → {input.Status}"), cancellationToken);
        return await ListAdoptionsHandler.FindAsync(db, adoption.Id, cancellationToken) is { } view
            ? Outcome.Ok(view)
            : Outcome.NotFound<AdoptionView>();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

internal static class AdoptingCountries
{
    /// <summary>Recomputes the intervention's piloting/running countries, counting changes not saved yet.</summary>
    public static async Task UpdateAsync(AppDbContext db, Guid interventionId, CancellationToken cancellationToken)
    {
        var stored = await db.Adoptions.AsNoTracking().Where(a => a.InterventionId == interventionId)
            .Select(a => new { a.Id, a.AgencyCode, a.Status }).ToListAsync(cancellationToken);
        var pending = db.ChangeTracker.Entries<Adoption>().Where(e => e.Entity.InterventionId == interventionId)
            .Select(e => new { e.Entity.Id, e.Entity.AgencyCode, e.Entity.Status }).ToList();
        var countries = stored.Where(s => pending.All(p => p.Id != s.Id)).Concat(pending)
            .Where(a => Adoption.IsActive(a.Status))
            .Select(a => a.AgencyCode)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var intervention = await db.Interventions.FirstAsync(i => i.Id == interventionId, cancellationToken);
        if (!intervention.AdoptingCountries.SequenceEqual(countries))
        {
            intervention.AdoptingCountries = countries;
        }
    }
}
