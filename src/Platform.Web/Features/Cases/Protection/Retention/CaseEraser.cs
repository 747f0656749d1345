using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Cases.Protection.Statistics;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Cases.Protection.Retention;

/// <summary>
/// Erases one case or enquiry and everything attached to it, and leaves a <see cref="CaseStatisticsRow"/>. The
/// child tables are found in the EF model (every entity with a CaseId property), so a table added later is erased
/// too without a change here. Files and indexes go first through <see cref="ICaseErasureParticipant"/> (idempotent:
/// while the case row exists a resumed job calls them again); then the rows, the statistics row and the deletion
/// certificate in the audit trail (record label and counts, no personal data) commit in one transaction, so there is
/// never an erased record without its certificate, and re-running finds nothing and writes nothing: exactly once.
/// </summary>
public sealed class CaseEraser(AppDbContext db, IEnumerable<ICaseErasureParticipant> participants, ITransactionalAuditLog audit)
{
    public const string CaseIdProperty = "CaseId";

    /// <returns>The certificate text, or null when the record no longer exists.</returns>
    public async Task<string?> EraseCaseAsync(Guid caseId, string decision, CancellationToken cancellationToken)
    {
        var subject = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (subject is null)
        {
            return null;
        }

        var statistics = await CaseStatistics.FromCaseAsync(db, subject, cancellationToken);
        var counts = await EraseOutsideDatabaseAsync(subject.AgencyCode, caseId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var entityType in ChildTypesInDeleteOrder(db.Model))
        {
            var deleted = await DeleteWhereAsync(entityType, CaseIdProperty, caseId, cancellationToken);
            if (deleted > 0)
            {
                counts[entityType.GetTableName() ?? entityType.ClrType.Name] = deleted;
            }
        }

        if (subject.EnquiryId is { } enquiryId)
        {
            counts["CaseEnquiries"] = counts.GetValueOrDefault("CaseEnquiries")
                + await db.CaseEnquiries.Where(e => e.Id == enquiryId).ExecuteDeleteAsync(cancellationToken);
        }

        counts["Cases"] = await db.Cases.Where(c => c.Id == caseId).ExecuteDeleteAsync(cancellationToken);
        db.Add(statistics);
        var certificate = await CertifyAsync("Case", caseId, subject.AgencyCode, subject.CaseNumber, decision, counts, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return certificate;
    }

    public async Task<string?> EraseEnquiryAsync(Guid enquiryId, string decision, CancellationToken cancellationToken)
    {
        var enquiry = await db.CaseEnquiries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enquiryId && e.CaseId == null, cancellationToken);
        if (enquiry is null)
        {
            return null;
        }

        var counts = await EraseOutsideDatabaseAsync(enquiry.AgencyCode, enquiryId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        counts["CaseRetentionReviews"] = await db.Set<RetentionReview>().Where(r => r.EnquiryId == enquiryId).ExecuteDeleteAsync(cancellationToken);
        counts["CaseEnquiries"] = await db.CaseEnquiries.Where(e => e.Id == enquiryId).ExecuteDeleteAsync(cancellationToken);
        db.Add(CaseStatistics.FromEnquiry(enquiry));
        var certificate = await CertifyAsync("CaseEnquiry", enquiryId, enquiry.AgencyCode, "enquiry", decision, counts, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return certificate;
    }

    /// <summary>Entity types holding a CaseId, dependents before their principals (sessions before planned modules).</summary>
    public static IReadOnlyList<IEntityType> ChildTypesInDeleteOrder(IModel model)
    {
        var children = model.GetEntityTypes()
            .Where(t => t.BaseType is null && t.ClrType != typeof(Case) && t.FindProperty(CaseIdProperty) is not null && !t.IsOwned())
            .ToList();
        var ordered = new List<IEntityType>();
        var visiting = new HashSet<IEntityType>();
        void Visit(IEntityType type)
        {
            if (ordered.Contains(type) || !visiting.Add(type))
            {
                return;
            }

            foreach (var dependent in children.Where(c => c != type && c.GetForeignKeys().Any(fk => fk.PrincipalEntityType == type)))
            {
                Visit(dependent);
            }

            ordered.Add(type);
        }

        foreach (var child in children)
        {
            Visit(child);
        }

        return ordered;
    }

    private Task<int> DeleteWhereAsync(IEntityType entityType, string property, Guid id, CancellationToken cancellationToken)
    {
        var nullable = entityType.FindProperty(property)!.ClrType == typeof(Guid?);
        var method = typeof(CaseEraser).GetMethod(nullable ? nameof(DeleteNullableAsync) : nameof(DeleteAsync),
                System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(entityType.ClrType);
        return (Task<int>)method.Invoke(this, [property, id, cancellationToken])!;
    }

    private Task<int> DeleteAsync<T>(string property, Guid id, CancellationToken cancellationToken) where T : class =>
        db.Set<T>().Where(e => EF.Property<Guid>(e, property) == id).ExecuteDeleteAsync(cancellationToken);

    private Task<int> DeleteNullableAsync<T>(string property, Guid id, CancellationToken cancellationToken) where T : class =>
        db.Set<T>().Where(e => EF.Property<Guid?>(e, property) == id).ExecuteDeleteAsync(cancellationToken);

    private async Task<SortedDictionary<string, int>> EraseOutsideDatabaseAsync(string agencyCode, Guid id, CancellationToken cancellationToken)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var participant in participants)
        {
            var removed = await participant.EraseAsync(agencyCode, id, cancellationToken);
            if (removed > 0)
            {
                counts[participant.Name] = removed;
            }
        }

        return counts;
    }

    /// <summary>Saves the pending statistics row and appends the certificate inside the open erasure transaction.</summary>
    private async Task<string> CertifyAsync(
        string recordType, Guid id, string agencyCode, string label, string decision, SortedDictionary<string, int> counts, CancellationToken cancellationToken)
    {
        var certificate = string.Create(CultureInfo.InvariantCulture,
            $"Erased {label} ({decision}): {string.Join(", ", counts.Where(c => c.Value > 0).Select(c => $"{c.Key} {c.Value}"))}; statistics row kept");
        await audit.RecordInTransactionAsync(db, new AuditEvent("retention.erased", recordType, id.ToString(), agencyCode,
            Details: certificate, Actor: AuditActor.System), cancellationToken);
        return certificate;
    }
}
