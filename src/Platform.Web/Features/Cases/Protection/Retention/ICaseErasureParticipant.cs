namespace Platform.Web.Features.Cases.Protection.Retention;

/// <summary>
/// Something outside the database rows that holds a case's data: attachment files, a search index, generated
/// export files. Register with <c>services.AddScoped&lt;ICaseErasureParticipant, T&gt;()</c>; the eraser calls every
/// participant before the rows go (the case row marks the work as unfinished until the erasure commits). Must be
/// idempotent: after a crash the resumed retention job calls it again, and it then reports what is left.
/// </summary>
public interface ICaseErasureParticipant
{
    /// <summary>A short, non-personal name for the deletion certificate, e.g. "attachment files".</summary>
    string Name { get; }

    /// <returns>How many items were removed.</returns>
    Task<int> EraseAsync(string agencyCode, Guid recordId, CancellationToken cancellationToken);
}
