using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Audit;

/// <summary>
/// CSV export of the entries a viewer may see under a filter. The export is audited (with its reason) before a
/// single row is written, and the rows are streamed from the database to the response.
/// </summary>
public sealed class ExportAuditEntries(AppDbContext db, IAuditLog audit, TimeProvider clock)
{
    public const string Action = "audit.exported";

    public async Task<AuditCsvDownload> ExportAsync(AuditViewer viewer, AuditFilter filter, AccessReason reason, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(
            new AuditEvent(Action, nameof(AuditEntry), AgencyCode: viewer.RecordingAgency, Reason: reason.ToString(), Details: filter.Describe()),
            cancellationToken);
        var rows = filter.Apply(viewer.Entries(db))
            .OrderByDescending(e => e.Sequence)
            .Select(AuditEntryDto.Projection)
            .AsAsyncEnumerable();
        var fileName = string.Create(CultureInfo.InvariantCulture, $"audit-{clock.GetUtcNow():yyyyMMdd-HHmmss}.csv");
        return new AuditCsvDownload(fileName, stream => AuditCsv.WriteAsync(stream, rows, cancellationToken));
    }
}

public sealed record AuditCsvDownload(string FileName, Func<Stream, Task> WriteAsync)
{
    public IResult ToResult() => TypedResults.Stream(WriteAsync, AuditCsv.ContentType, FileName);
}
