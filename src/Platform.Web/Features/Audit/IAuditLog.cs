namespace Platform.Web.Features.Audit;

/// <summary>
/// Append-only, hash-chained audit trail. Every module records through this one service. The actor, time and
/// client address are taken from the current request; <see cref="AuditEvent.Reason"/> is required for sensitive
/// views and exports (Law Enforcement Directive Art. 25).
/// </summary>
public interface IAuditLog
{
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);
}

/// <param name="Action">Dotted verb, e.g. "account.signed-in", "member.viewed", "audit.exported".</param>
/// <param name="RecordType">Entity name, e.g. "Member".</param>
/// <param name="RecordId">Key of the record concerned.</param>
/// <param name="AgencyCode">Agency the record belongs to; defaults to the actor's agency.</param>
/// <param name="Reason">Why the user looked or exported (chosen code and/or free text).</param>
/// <param name="Details">Short, non-sensitive context (never personal data of the record itself).</param>
public sealed record AuditEvent(
    string Action,
    string? RecordType = null,
    string? RecordId = null,
    string? AgencyCode = null,
    string? Reason = null,
    string? Details = null);
