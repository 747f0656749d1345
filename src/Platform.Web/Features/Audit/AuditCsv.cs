using System.Globalization;
using System.Text;

namespace Platform.Web.Features.Audit;

/// <summary>
/// Writes audit entries as RFC 4180 CSV while reading them, so an export never holds the trail in memory.
/// Cells that a spreadsheet would run as a formula are prefixed with an apostrophe (OWASP CSV injection).
/// </summary>
internal static class AuditCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly string[] Header =
    [
        "sequence", "id", "occurred_at_utc", "actor_member_id", "actor_name", "actor_agency", "agency", "action",
        "record_type", "record_id", "reason", "details", "client_address", "user_agent", "previous_hash", "hash",
    ];

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<AuditEntryDto> entries, CancellationToken cancellationToken)
    {
        // UTF-8 with BOM so spreadsheet programs read accented names correctly.
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true);
        writer.NewLine = "\r\n";
        await writer.WriteLineAsync(string.Join(',', Header));
        var rows = 0;
        await foreach (var e in entries.WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(Row(
                e.Sequence.ToString(CultureInfo.InvariantCulture), e.Id.ToString("D"),
                e.OccurredAt.UtcDateTime.ToString("o", CultureInfo.InvariantCulture),
                e.ActorMemberId, e.ActorName, e.ActorAgencyCode, e.AgencyCode, e.Action, e.RecordType, e.RecordId,
                e.Reason, e.Details, e.ClientAddress, e.UserAgent, e.PreviousHash, e.Hash));
            if (++rows % 500 == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }
    }

    private static string Row(params string?[] cells) => string.Join(',', cells.Select(Cell));

    internal static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
