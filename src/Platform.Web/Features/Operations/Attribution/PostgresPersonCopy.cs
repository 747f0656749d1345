using Npgsql;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Attribution;

/// <summary>
/// New persons of one batch on PostgreSQL: binary COPY of the persons (their evidence and pseudonyms are columns of
/// the row) straight into their table, inside the caller's transaction (the batch's EF changes for existing persons commit with it).
/// The rows are built exactly as the EF path builds them (<see cref="PersonWriter"/>); only the way they reach the
/// database differs: one COPY stream instead of thousands of parameterised INSERTs. No temp table: the rows are
/// new by construction (their keys were not found in this transaction), so there is nothing to merge, and every row is
/// written once; constraints and indexes are checked as for an INSERT (a concurrent build of the same operation fails
/// on the unique person key exactly as the EF path does).
/// </summary>
internal static class PostgresPersonCopy
{
    private static readonly string[] PersonColumns =
    [
        "Id", "OperationId", "AgencyCode", "PersonKey", "AttributedCountry", "Confidence", "NeedsReview", "AttributionNote",
        "AccountCount", "Usernames", "Emails", "Paid", "PaymentCount", "AmountPaidCents", "AttackCount", "FirstActivityAt",
        "LastActivityAt", "StatedAge", "FirstContactedAt", "CreatedAt", "UpdatedAt", "Evidence", "Pseudonyms",
    ];

    public static async Task InsertAsync(
        NpgsqlConnection connection, IReadOnlyList<OperationPerson> persons, CancellationToken cancellationToken) =>
        await PgBinaryCopyWriter.WriteAllAsync(connection, "OperationPersons", PersonColumns, persons, WritePerson, cancellationToken);

    // Same order as PersonColumns.
    private static void WritePerson(PgBinaryCopyWriter w, OperationPerson p)
    {
        w.Uuid(p.Id);
        w.Uuid(p.OperationId);
        w.Text(p.AgencyCode);
        w.Text(p.PersonKey);
        w.Text(p.AttributedCountry);
        w.Text(p.Confidence.ToString());
        w.Bool(p.NeedsReview);
        w.Text(p.AttributionNote);
        w.Int32(p.AccountCount);
        w.TextArray(p.Usernames);
        w.TextArray(p.Emails);
        w.Bool(p.Paid);
        w.Int32(p.PaymentCount);
        w.Int64(p.AmountPaidCents);
        w.Int32(p.AttackCount);
        w.Timestamp(p.FirstActivityAt);
        w.Timestamp(p.LastActivityAt);
        w.Int32(p.StatedAge);
        w.Timestamp(p.FirstContactedAt);
        w.Timestamp(p.CreatedAt);
        w.Timestamp(p.UpdatedAt);
        w.Jsonb(EvidenceJson.Write(p.Evidence));
        w.TextArray(p.Pseudonyms);
    }
}
