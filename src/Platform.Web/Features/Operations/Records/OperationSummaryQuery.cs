using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Operations.Import;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Records;

public sealed record CountryCount(string AgencyCode, int Persons, int NeedsReview);

public sealed record ImportStatusView(
    Guid Id, ImportKind Kind, ImportFormat Format, string FileName, string Sha256, long SizeBytes, ImportStatus Status,
    long Rows, long Bytes, long Imported, long Quarantined, long Duplicates, string? Error, DateTimeOffset CreatedAt)
{
    public double Percent => SizeBytes > 0 ? Math.Round(100.0 * Math.Min(Bytes, SizeBytes) / SizeBytes, 1) : 100;

    public static ImportStatusView From(OperationImport i) => new(
        i.Id, i.Kind, i.Format, i.FileName, i.Sha256, i.SizeBytes, i.Status, i.RowsCommitted, i.BytesCommitted, i.Imported,
        i.Quarantined, i.Duplicates, i.Error, i.CreatedAt);
}

public sealed record OperationDetail(OperationView Operation, IReadOnlyList<CountryCount> Countries, IReadOnlyList<ImportStatusView> Imports);

/// <summary>
/// The coordinator's summary of an operation: per-country counts of persons (counts only; persons stay with their
/// country) and the imports with their status, for every participating country.
/// </summary>
public sealed class OperationSummaryQuery(AppDbContext db, OperationQueries operations)
{
    public async Task<OperationDetail?> HandleAsync(string? agencyCode, Guid id, CancellationToken cancellationToken = default)
    {
        if (await operations.FindAsync(agencyCode, id, cancellationToken) is not { } operation)
        {
            return null;
        }

        List<CountryCount> countries;
        using (db.Scope.BeginSystemWork())
        {
            countries = await db.OperationPersons.AsNoTracking().Where(p => p.OperationId == id)
                .GroupBy(p => p.AgencyCode)
                .Select(g => new CountryCount(g.Key, g.Count(), g.Count(p => p.NeedsReview)))
                .ToListAsync(cancellationToken);
        }

        var imports = await db.Set<OperationImport>().AsNoTracking().Where(i => i.OperationId == id)
            .OrderBy(i => i.CreatedAt).ToListAsync(cancellationToken);
        return new OperationDetail(OperationView.From(operation), countries.OrderBy(c => c.AgencyCode, StringComparer.Ordinal).ToList(),
            imports.Select(ImportStatusView.From).ToList());
    }
}
