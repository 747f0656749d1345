using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Operations.Import;

namespace Platform.Tests.CrashResume;

/// <summary>
/// Everything an operation's imports left in the database, rendered without the values that differ between two
/// operations by design (ids, operation and import ids, wall-clock times), in a stable order.
/// </summary>
public sealed record ImportSnapshot(
    IReadOnlyList<string> Imports, IReadOnlyList<string> Staging, IReadOnlyList<string> Quarantine, IReadOnlyList<string> Persons,
    IReadOnlyList<string> Evidence, IReadOnlyList<string> Pseudonyms, IReadOnlyList<string> CustodyAudit)
{
    public int StagingRows => Staging.Count;

    public int PersonCount => Persons.Count;

    public int QuarantinedRows => Quarantine.Count;

    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"{Imports.Count} imports, {Staging.Count} staging rows, {Quarantine.Count} quarantined, {Persons.Count} persons, {Evidence.Count} evidence, {Pseudonyms.Count} pseudonyms");

    public static async Task<ImportSnapshot> TakeAsync(AppFactory app, Guid operationId, CancellationToken ct)
    {
        ImportSnapshot? snapshot = null;
        await app.WithSystemDbAsync(async db =>
        {
            var imports = await db.Set<OperationImport>().AsNoTracking().Where(i => i.OperationId == operationId).ToListAsync(ct);
            var importIds = imports.Select(i => i.Id).ToList();
            var importIdStrings = importIds.Select(i => i.ToString()).ToList();
            var staging = await db.Set<StagingRow>().IgnoreQueryFilters().AsNoTracking().Where(r => r.OperationId == operationId).ToListAsync(ct);
            var quarantine = await db.Set<QuarantinedRow>().IgnoreQueryFilters().AsNoTracking().Where(r => importIds.Contains(r.ImportId)).ToListAsync(ct);
            var kindOfImport = imports.ToDictionary(i => i.Id, i => i.Kind);
            var persons = await db.OperationPersons.IgnoreQueryFilters().AsNoTracking().Where(p => p.OperationId == operationId).ToListAsync(ct);
            var custody = await db.Set<AuditEntry>().AsNoTracking()
                .Where(e => e.Action == "operation.import.received" && importIdStrings.Contains(e.RecordId!)).Select(e => e.RecordId!).ToListAsync(ct);
            snapshot = new ImportSnapshot(
                Sorted(imports.Select(i => I($"{i.Kind} {i.Format} {i.FileName} {i.Sha256} {i.SizeBytes} {i.Status} rows {i.RowsCommitted} bytes {i.BytesCommitted} line {i.LineCommitted} imported {i.Imported} duplicates {i.Duplicates} quarantined {i.Quarantined} error {i.Error} mapping {string.Join(';', i.Mapping)}"))),
                Sorted(staging.Select(r => I($"{r.Kind} {r.RowNumber} {Convert.ToHexString(r.RowHash)} {r.AgencyCode} {r.AccountId}|{r.Username}|{r.Email}|{r.Ip}|{r.AtMs}|{r.Phone}|{r.StatedAge}|{r.AmountCents}|{r.Currency}|{r.PayerEmail}|{r.CryptoAddress}|{r.Country}|{r.Target}|{r.DurationSeconds}|{r.Method}"))),
                Sorted(quarantine.Select(q => I($"{kindOfImport[q.ImportId]} {q.RowNumber} {q.Line} {q.AgencyCode} {q.Raw} | {q.Reason}"))),
                Sorted(persons.Select(p => I($"{p.PersonKey} {p.AgencyCode} {p.AttributedCountry} {p.Confidence} {p.NeedsReview} {p.AttributionNote} {p.AccountCount} [{string.Join(',', p.Usernames)}] [{string.Join(',', p.Emails)}] {p.Paid} {p.PaymentCount} {p.AmountPaidCents} {p.AttackCount} {p.FirstActivityAt?.UtcTicks} {p.LastActivityAt?.UtcTicks} {p.StatedAge} {p.FirstContactedAt?.UtcTicks}"))),
                Sorted(persons.SelectMany(p => p.Evidence.Select(e => I($"{p.PersonKey} {p.AgencyCode} {e.Kind} {e.Value} {e.Country} {e.Count} {e.Detail}")))),
                Sorted(persons.SelectMany(p => p.Pseudonyms.Select(pseudonym => I($"{p.PersonKey} {p.AgencyCode} {pseudonym}")))),
                Sorted(custody.Select(id => kindOfImport[Guid.Parse(id)].ToString())));
        });
        return snapshot!;
    }

    /// <summary>Compares part by part and names the first difference, so a failure says what went wrong.</summary>
    public static void AssertSame(ImportSnapshot expected, ImportSnapshot actual)
    {
        Compare("imports", expected.Imports, actual.Imports);
        Compare("staging rows", expected.Staging, actual.Staging);
        Compare("quarantined rows", expected.Quarantine, actual.Quarantine);
        Compare("persons", expected.Persons, actual.Persons);
        Compare("evidence", expected.Evidence, actual.Evidence);
        Compare("pseudonyms", expected.Pseudonyms, actual.Pseudonyms);
        Compare("chain-of-custody audit entries", expected.CustodyAudit, actual.CustodyAudit);
    }

    private static void Compare(string what, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var missing = expected.Except(actual, StringComparer.Ordinal).Take(3).ToList();
        var extra = actual.Except(expected, StringComparer.Ordinal).Take(3).ToList();
        Assert.True(expected.Count == actual.Count && missing.Count == 0 && extra.Count == 0,
            $"{what}: expected {expected.Count}, found {actual.Count}.\nMissing: {string.Join("\n  ", missing)}\nExtra: {string.Join("\n  ", extra)}");
    }

    private static List<string> Sorted(IEnumerable<string> lines) => [.. lines.Order(StringComparer.Ordinal)];

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
