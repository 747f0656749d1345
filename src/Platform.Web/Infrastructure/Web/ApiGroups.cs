using Microsoft.AspNetCore.Antiforgery;

namespace Platform.Web.Infrastructure.Web;

public static class ApiGroups
{
    /// <summary>
    /// A route group under /api with the platform's conventions: OpenAPI tag, problem-details errors and CSRF
    /// protection for browser (cookie) sessions. Callers add `.RequireAuthorization(Policies.X)` per group or endpoint.
    /// </summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder endpoints, string prefix, string tag)
    {
        if (!prefix.StartsWith("/api/", StringComparison.Ordinal))
        {
            throw new ArgumentException("API groups live under /api/.", nameof(prefix));
        }

        var group = endpoints.MapGroup(prefix).WithTags(tag);
        group.AddEndpointFilter(CookieSessionAntiforgery);
        return group;
    }

    // A state-changing call made with the browser's sign-in cookie must carry the antiforgery header (X-CSRF-TOKEN);
    // calls authenticated with an API key have no ambient credentials and need none.
    private static async ValueTask<object?> CookieSessionAntiforgery(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var safe = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method);
        var viaCookie = http.User.Identity is { IsAuthenticated: true, AuthenticationType: not "ApiKey" };
        if (!safe && viaCookie)
        {
            var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return TypedResults.Problem(
                    title: "Missing or invalid antiforgery token",
                    detail: "Browser sessions must send the X-CSRF-TOKEN header on state-changing API calls; automation should use an API key.",
                    statusCode: StatusCodes.Status400BadRequest);
            }
        }

        return await next(context);
    }
}
