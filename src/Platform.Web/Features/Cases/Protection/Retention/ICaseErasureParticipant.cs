namespace Platform.Web.Features.Cases.Protection.Retention;

/// <summary>
/// Something outside the database rows that holds a case's data: attachment files, a search index, generated
/// export files. Register with <c>services.AddScoped&lt;ICaseErasureParticipant, T&gt;()</c>; the eraser calls every
/// participant after the rows are gone. Must be idempotent (a resumed retention job may call it twice).
/// </summary>
public interface ICaseErasureParticipant
{
    /// <summary>A short, non-personal name for the deletion certificate, e.g. "attachment files".</summary>
    string Name { get; }

    /// <returns>How many items were removed.</returns>
    Task<int> EraseAsync(string agencyCode, Guid recordId, CancellationToken cancellationToken);
}
