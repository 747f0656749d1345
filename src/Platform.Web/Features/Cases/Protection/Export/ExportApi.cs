using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Web;

namespace Platform.Web.Features.Cases.Protection.Export;

public sealed record CohortExportRequest(
    string? ProgrammeKey, string? FromMonth, string? ToMonth, bool AcknowledgeSmallCohort, string? Reason, string? ReasonText);

internal static class ExportApi
{
    public static void MapExportApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/cases", "Cases");

        group.MapPost("/cohort-export", async Task<Results<FileContentHttpResult, ValidationProblem>> (
                    CohortExportRequest request, ClaimsPrincipal user, CohortExportHandler handler, CancellationToken ct) =>
            {
                var check = AccessReasons.Validate(request.Reason, request.ReasonText);
                if (check.Reason is null)
                {
                    return TypedResults.ValidationProblem(check.Errors);
                }

                var input = new CohortExportInput
                {
                    ProgrammeKey = request.ProgrammeKey, FromMonth = request.FromMonth, ToMonth = request.ToMonth,
                    AcknowledgeSmallCohort = request.AcknowledgeSmallCohort,
                };
                var outcome = await handler.HandleAsync(NetworkActor.From(user).AgencyCode!, input, check.Reason, ct);
                return outcome.IsInvalid
                    ? TypedResults.ValidationProblem(outcome.Errors)
                    : TypedResults.File(outcome.Value!.Content, "text/csv; charset=utf-8", outcome.Value.FileName);
            })
            .WithSummary("Pseudonymised cohort CSV of one programme and referral period; needs a reason, audited")
            .RequireAuthorization(CaseProtectionPolicies.CohortExport);
    }
}
