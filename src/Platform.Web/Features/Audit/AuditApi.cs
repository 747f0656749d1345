using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.Web.Infrastructure.Web;

namespace Platform.Web.Features.Audit;

internal static class AuditApi
{
    public static void MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/audit", "Audit").RequireAuthorization(AuditModule.ReaderPolicy);
        group.MapGet("/entries", SearchAsync).WithSummary("Audit entries of your agency (and network-level ones for network admins), newest first.");
        group.MapGet("/entries/{sequence:long}", FindBySequenceAsync).WithSummary("One audit entry by sequence number.");
        group.MapGet("/entries/{id:guid}", FindByIdAsync).WithSummary("One audit entry by id.");
        group.MapGet("/export.csv", ExportAsync)
            .WithSummary("CSV export of the filtered entries. Requires a reason code (reasonText too when the reason is 'other'); the export is audited.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();
    }

    private static async Task<Results<Ok<AuditEntryPage>, ValidationProblem>> SearchAsync(
        [AsParameters] AuditFilter filter, ClaimsPrincipal user, SearchAuditEntries search, CancellationToken cancellationToken,
        int page = 1, int pageSize = SearchAuditEntries.PageSize)
    {
        if (page < 1 || pageSize is < 1 or > SearchAuditEntries.MaxPageSize)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["pageSize"] = ["page must be at least 1 and pageSize between 1 and 100."],
            });
        }

        return TypedResults.Ok(await search.SearchAsync(Viewer(user), filter, page, pageSize, cancellationToken));
    }

    private static async Task<Results<Ok<AuditEntryDto>, NotFound>> FindBySequenceAsync(
        long sequence, ClaimsPrincipal user, SearchAuditEntries search, CancellationToken cancellationToken) =>
        await search.FindAsync(Viewer(user), sequence, cancellationToken) is { } entry ? TypedResults.Ok(entry) : TypedResults.NotFound();

    private static async Task<Results<Ok<AuditEntryDto>, NotFound>> FindByIdAsync(
        Guid id, ClaimsPrincipal user, SearchAuditEntries search, CancellationToken cancellationToken) =>
        await search.FindAsync(Viewer(user), id, cancellationToken) is { } entry ? TypedResults.Ok(entry) : TypedResults.NotFound();

    private static async Task<IResult> ExportAsync(
        [AsParameters] AuditFilter filter, ClaimsPrincipal user, ExportAuditEntries export, CancellationToken cancellationToken,
        [FromQuery] string? reason = null, [FromQuery] string? reasonText = null)
    {
        var check = AccessReasons.Validate(reason, reasonText);
        if (check.Reason is null)
        {
            return TypedResults.ValidationProblem(check.Errors, title: "A reason is required to export the audit trail.");
        }

        var download = await export.ExportAsync(Viewer(user), filter, check.Reason, cancellationToken);
        return download.ToResult();
    }

    // The reader policy has already checked that the user is a viewer.
    private static AuditViewer Viewer(ClaimsPrincipal user) =>
        AuditViewer.For(user) ?? throw new InvalidOperationException("The audit reader policy admitted a member who is not an audit viewer.");
}
