using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Web;

namespace Platform.Web.Features.Cases.Protection.Reveal;

public sealed record RevealRequest(string? Reason, string? ReasonText);

internal static class RevealApi
{
    public static void MapRevealApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/cases", "Cases");

        group.MapPost("/{id:guid}/sensitive", async Task<Results<Ok<SensitiveFieldsView>, NotFound, ValidationProblem>> (
                    Guid id, RevealRequest request, RevealSensitiveFieldsHandler handler, CancellationToken ct) =>
                AccessReasons.Validate(request.Reason, request.ReasonText) is { Reason: { } reason }
                    ? (await handler.RevealAsync(id, reason, ct)).ToApiResult()
                    : TypedResults.ValidationProblem(AccessReasons.Validate(request.Reason, request.ReasonText).Errors))
            .WithSummary("Open the identity fields of a case for this response; needs a reason, audited")
            .RequireAuthorization(Policies.PersonalData);
    }
}
