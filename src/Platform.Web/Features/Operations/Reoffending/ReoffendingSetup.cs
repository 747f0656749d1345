using System.Security.Claims;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Web;

namespace Platform.Web.Features.Operations.Reoffending;

public static class ReoffendingSetup
{
    public static IServiceCollection AddOperationReoffending(this IServiceCollection services) => services
        .AddScoped<ReoffendingReportHandler>();

    public static WebApplication MapOperationReoffending(this WebApplication app)
    {
        var group = app.MapApiGroup("/api/operations/reoffending", "Operations").RequireAuthorization(Policies.PersonalData);
        group.MapGet("", async Task<IResult> (Guid earlier, Guid later, ClaimsPrincipal user, ReoffendingReportHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(user.FindFirstValue(PlatformClaims.Agency) ?? "", earlier, later, ct) is { } result
                    ? TypedResults.Ok(result)
                    : TypedResults.NotFound())
            .WithSummary("Re-appearance of this country's account holders of an earlier operation in a later one, contacted vs not contacted (counts only).");
        return app;
    }
}
