using Npgsql;
using NpgsqlTypes;
using Platform.Web.Features.Operations.Model;
using static Platform.Web.Features.Operations.Import.BinaryCopyValues;

namespace Platform.Web.Features.Operations.Attribution;

/// <summary>
/// New persons of one batch on PostgreSQL: binary COPY of the persons, their evidence and their pseudonyms straight
/// into their tables, inside the caller's transaction (the batch's EF changes for existing persons commit with it).
/// The rows are built exactly as the EF path builds them (<see cref="PersonWriter"/>); only the way they reach the
/// database differs: three COPY streams instead of thousands of parameterised INSERTs. No temp table: the rows are
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
        "LastActivityAt", "StatedAge", "FirstContactedAt", "CreatedAt", "UpdatedAt",
    ];

    private static readonly string[] EvidenceColumns = ["Id", "PersonId", "AgencyCode", "Kind", "Value", "Country", "Count", "Detail"];

    private static readonly string[] PseudonymColumns = ["Id", "AgencyCode", "OperationId", "PersonId", "IdentifierKind", "Pseudonym"];

    public static async Task InsertAsync(
        NpgsqlConnection connection, IReadOnlyList<OperationPerson> persons, IReadOnlyList<PersonEvidence> evidence,
        IReadOnlyList<PersonPseudonym> pseudonyms, CancellationToken cancellationToken)
    {
        if (persons.Count == 0)
        {
            return;
        }

        // Persons first: evidence and pseudonyms reference them.
        await CopyAsync(connection, "OperationPersons", PersonColumns, persons, WritePerson, cancellationToken);
        await CopyAsync(connection, "PersonEvidence", EvidenceColumns, evidence, WriteEvidence, cancellationToken);
        await CopyAsync(connection, "PersonPseudonyms", PseudonymColumns, pseudonyms, WritePseudonym, cancellationToken);
    }

    private static async Task CopyAsync<T>(
        NpgsqlConnection connection, string table, string[] columns, IReadOnlyList<T> rows, Action<NpgsqlBinaryImporter, T> write,
        CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
        await using var importer = await connection.BeginBinaryImportAsync($"COPY \"{table}\" ({list}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        // Synchronous writes per value only fill Npgsql's buffer (as in PostgresStagingWriter).
        foreach (var row in rows)
        {
            importer.StartRow();
            write(importer, row);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    // Same order as PersonColumns.
    private static void WritePerson(NpgsqlBinaryImporter w, OperationPerson p)
    {
        w.Write(p.Id, NpgsqlDbType.Uuid);
        w.Write(p.OperationId, NpgsqlDbType.Uuid);
        Text(w, p.AgencyCode);
        Text(w, p.PersonKey);
        Text(w, p.AttributedCountry);
        Text(w, p.Confidence.ToString());
        w.Write(p.NeedsReview, NpgsqlDbType.Boolean);
        Text(w, p.AttributionNote);
        w.Write(p.AccountCount, NpgsqlDbType.Integer);
        w.Write(p.Usernames, NpgsqlDbType.Array | NpgsqlDbType.Text);
        w.Write(p.Emails, NpgsqlDbType.Array | NpgsqlDbType.Text);
        w.Write(p.Paid, NpgsqlDbType.Boolean);
        w.Write(p.PaymentCount, NpgsqlDbType.Integer);
        w.Write(p.AmountPaidCents, NpgsqlDbType.Bigint);
        w.Write(p.AttackCount, NpgsqlDbType.Integer);
        Time(w, p.FirstActivityAt);
        Time(w, p.LastActivityAt);
        Number(w, p.StatedAge, NpgsqlDbType.Integer);
        Time(w, p.FirstContactedAt);
        Time(w, p.CreatedAt);
        Time(w, p.UpdatedAt);
    }

    private static void WriteEvidence(NpgsqlBinaryImporter w, PersonEvidence e)
    {
        w.Write(e.Id, NpgsqlDbType.Uuid);
        w.Write(e.PersonId, NpgsqlDbType.Uuid);
        Text(w, e.AgencyCode);
        Text(w, e.Kind.ToString());
        Text(w, e.Value);
        Text(w, e.Country);
        w.Write(e.Count, NpgsqlDbType.Integer);
        Text(w, e.Detail);
    }

    private static void WritePseudonym(NpgsqlBinaryImporter w, PersonPseudonym p)
    {
        w.Write(p.Id, NpgsqlDbType.Uuid);
        Text(w, p.AgencyCode);
        w.Write(p.OperationId, NpgsqlDbType.Uuid);
        w.Write(p.PersonId, NpgsqlDbType.Uuid);
        Text(w, p.IdentifierKind);
        Text(w, p.Pseudonym);
    }

    // EF Core (Npgsql) writes timestamptz in UTC; an offset other than zero is refused there and here alike.
    private static void Time(NpgsqlBinaryImporter w, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            w.Write(v.ToUniversalTime(), NpgsqlDbType.TimestampTz);
        }
        else
        {
            w.WriteNull();
        }
    }
}
