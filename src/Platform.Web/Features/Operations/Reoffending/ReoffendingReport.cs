using MathNet.Numerics.Distributions;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Reoffending;

/// <summary>A proportion with its 95% Wilson score interval (sound for small groups and for 0 or n).</summary>
public sealed record Proportion(int Count, int Of, double Rate, double Lower, double Upper)
{
    private static readonly double Z = Normal.InvCDF(0, 1, 0.975);

    public static Proportion From(int count, int of)
    {
        if (of == 0)
        {
            return new Proportion(0, 0, 0, 0, 0);
        }

        double n = of, p = (double)count / of, z2 = Z * Z;
        var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        var half = Z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new Proportion(count, of, p, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}

/// <summary>Persons of the earlier operation, contacted or not, and how many of each re-appeared in the later one.</summary>
public sealed record ReoffendingResult(
    OperationChoice Earlier,
    OperationChoice Later,
    Proportion Contacted,
    Proportion NotContacted,
    int LaterPersons,
    int LaterPersonsSeenBefore);

public sealed record OperationChoice(Guid Id, string Code, string Name, DateOnly? TakedownDate);

/// <summary>
/// Re-appearance of one country's account holders across two of its operations, by keyed pseudonyms
/// (<see cref="OperationPerson.Pseudonyms"/>; each agency's own key, so nothing links across countries). Counts only: no
/// person is listed, and nothing is predicted for anyone.
/// </summary>
public sealed class ReoffendingReportHandler(AppDbContext db, IAuditLog audit)
{
    /// <summary>The operations the agency took part in, newest first: the choices for both sides of the report.</summary>
    public async Task<IReadOnlyList<OperationChoice>> OperationsAsync(string agencyCode, CancellationToken cancellationToken) =>
        await db.Operations.AsNoTracking().Where(OperationVisibility.VisibleTo(agencyCode))
            .OrderByDescending(o => o.TakedownDate).ThenByDescending(o => o.CreatedAt)
            .Select(o => new OperationChoice(o.Id, o.Code, o.Name, o.TakedownDate))
            .ToListAsync(cancellationToken);

    /// <summary>Null when either operation is not visible to the agency (the caller answers 404).</summary>
    public async Task<ReoffendingResult?> HandleAsync(string agencyCode, Guid earlierId, Guid laterId, CancellationToken cancellationToken)
    {
        var choices = await OperationsAsync(agencyCode, cancellationToken);
        var earlier = choices.FirstOrDefault(o => o.Id == earlierId);
        var later = choices.FirstOrDefault(o => o.Id == laterId);
        if (earlier is null || later is null || earlierId == laterId)
        {
            return null;
        }

        // The agency filter keeps both sides to this country's rows. The pseudonyms are matched here, by hash: each side
        // is read once, whatever the provider (SQLite cannot join a row's list with another query's).
        var laterLists = await db.OperationPersons.AsNoTracking()
            .Where(p => p.OperationId == laterId && p.AgencyCode == agencyCode)
            .Select(p => p.Pseudonyms)
            .ToListAsync(cancellationToken);
        var laterPseudonyms = laterLists.SelectMany(list => list).ToHashSet(StringComparer.Ordinal);
        var earlierPersons = await db.OperationPersons.AsNoTracking()
            .Where(p => p.OperationId == earlierId && p.AgencyCode == agencyCode)
            .Select(p => new { Contacted = p.FirstContactedAt != null, p.Pseudonyms })
            .ToListAsync(cancellationToken);
        var earlierPseudonyms = earlierPersons.SelectMany(p => p.Pseudonyms).ToHashSet(StringComparer.Ordinal);
        var laterPersons = laterLists.Count;
        var seenBefore = laterLists.Count(list => list.Any(earlierPseudonyms.Contains));

        var contacted = earlierPersons.Where(p => p.Contacted).ToList();
        var notContacted = earlierPersons.Where(p => !p.Contacted).ToList();
        var result = new ReoffendingResult(
            earlier,
            later,
            Proportion.From(contacted.Count(p => p.Pseudonyms.Any(laterPseudonyms.Contains)), contacted.Count),
            Proportion.From(notContacted.Count(p => p.Pseudonyms.Any(laterPseudonyms.Contains)), notContacted.Count),
            laterPersons,
            seenBefore);
        await audit.RecordAsync(
            new AuditEvent("operations.reoffending.viewed", nameof(Operation), laterId.ToString(), agencyCode, Details: $"earlier {earlier.Code}, later {later.Code}"),
            cancellationToken);
        return result;
    }
}
