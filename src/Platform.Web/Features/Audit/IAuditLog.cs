using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Audit;

/// <summary>
/// Append-only, hash-chained audit trail. Every module records through this one service. The actor, time and
/// client address are taken from the current request; <see cref="AuditEvent.Reason"/> is required for sensitive
/// views and exports (Law Enforcement Directive Art. 25). The entry is written in its own scope and transaction: call
/// this after your SaveChanges or commit (on SQLite an open write transaction of yours would block it), and let a
/// failure propagate: an action that cannot be audited should not look done. To record within your own transaction,
/// use <see cref="ITransactionalAuditLog"/>.
/// </summary>
public interface IAuditLog
{
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);
}

/// <param name="Action">Dotted verb, e.g. "account.signed-in", "member.viewed", "audit.exported".</param>
/// <param name="RecordType">Entity name, e.g. "Member".</param>
/// <param name="RecordId">Key of the record concerned.</param>
/// <param name="AgencyCode">Agency the record belongs to; defaults to the actor's agency, else the network level.</param>
/// <param name="Reason">Why the user looked or exported; use <see cref="AccessReason.ToString"/> for a chosen reason.</param>
/// <param name="Details">Short, non-sensitive context (never personal data of the record itself).</param>
/// <param name="Actor">Who acted, when that is not the signed-in member of the current request (sign-in, CLI, jobs).</param>
public sealed record AuditEvent(
    string Action,
    string? RecordType = null,
    string? RecordId = null,
    string? AgencyCode = null,
    string? Reason = null,
    string? Details = null,
    AuditActor? Actor = null);

/// <summary>The person or process an audit entry is attributed to.</summary>
public sealed record AuditActor(string? MemberId, string Name, string? AgencyCode)
{
    /// <summary>Platform jobs and commands run without a signed-in member.</summary>
    public static readonly AuditActor System = new(null, "system", null);

    /// <summary>A request from someone not (yet) signed in, e.g. a failed sign-in.</summary>
    public static readonly AuditActor Anonymous = new(null, "anonymous", null);
}

/// <summary>
/// Appends an entry inside the caller's open transaction, so it commits or rolls back together with the caller's
/// changes: for records whose proof must exist exactly when the change does (a deletion certificate). The head row
/// of the chain is locked in that transaction until it ends, so call this as the last step before committing and
/// commit promptly; other writers wait for it (no gap, no fork, on SQLite and PostgreSQL alike).
/// </summary>
public interface ITransactionalAuditLog
{
    /// <summary>Saves <paramref name="db"/>'s pending changes first; throws when no transaction is open on it.</summary>
    Task RecordInTransactionAsync(AppDbContext db, AuditEvent auditEvent, CancellationToken cancellationToken = default);
}
