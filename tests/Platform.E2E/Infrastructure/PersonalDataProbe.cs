using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Platform.Web.Infrastructure.Auth;

namespace Platform.E2E.Infrastructure;

/// <summary>
/// A page behind <see cref="Policies.PersonalData"/>, served only by the browser-test server. The foundation has no
/// personal-data page yet (Cases brings the first), but a browser test must still prove that a session opened with
/// password and authenticator code passes the policy those pages use, and that other sessions do not.
/// </summary>
public static class PersonalDataProbe
{
    public const string Path = "/e2e/personal-data-probe";
    public const string Heading = "Personal data probe";

    private const string Html = $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{Heading}</title></head>
        <body><main><h1>{Heading}</h1><p>This session may reach personal data.</p></main></body></html>
        """;

    public static IServiceCollection AddPersonalDataProbe(this IServiceCollection services) =>
        services.AddTransient<IStartupFilter, ProbeStartupFilter>();

    // Evaluates the real policy on the real session cookie, as the authorization middleware does for a page.
    private static async Task ServeAsync(HttpContext context)
    {
        var session = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!session.Succeeded)
        {
            await context.ChallengeAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        context.User = session.Principal;
        var authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
        if (!(await authorization.AuthorizeAsync(session.Principal, Policies.PersonalData)).Succeeded)
        {
            await context.ForbidAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(Html, context.RequestAborted);
    }

    private sealed class ProbeStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            // Not app.Map: that moves the path into PathBase, and the sign-in redirect would then point back here.
            app.MapWhen(context => context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase), probe => probe.Run(ServeAsync));
            next(app);
        };
    }
}
