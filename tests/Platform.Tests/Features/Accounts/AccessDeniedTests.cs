using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Accounts;

/// <summary>
/// Authorization runs before the mandatory-steps middleware, so a member without two-factor is refused by a
/// PersonalData policy first; the cookie handler's access-denied event must then send them to enrolment.
/// </summary>
public sealed class AccessDeniedTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Forbid_ForMemberNeedingTwoFactor_OnPage_RedirectsToEnrolment()
    {
        var context = await ForbidAsync("/Cases/42", Principal(Roles.CaseWorker, mfa: false));

        Assert.Equal(StatusCodes.Status302Found, context.Response.StatusCode);
        Assert.Equal("/Accounts/TwoFactor/Enable?returnUrl=%2FCases%2F42", context.Response.Headers.Location.ToString());
    }

    [Fact]
    public async Task Forbid_ForMemberNeedingTwoFactor_OnApi_Answers403ProblemDetails()
    {
        var context = await ForbidAsync("/api/cases", Principal(Roles.CaseWorker, mfa: false));

        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
        Assert.StartsWith("application/problem+json", context.Response.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forbid_ForMemberWithTwoFactor_GoesToAccessDeniedPage()
    {
        var context = await ForbidAsync("/Cases/42", Principal(Roles.CaseWorker, mfa: true));

        Assert.Equal(StatusCodes.Status302Found, context.Response.StatusCode);
        Assert.StartsWith("http://localhost/Accounts/AccessDenied", context.Response.Headers.Location.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccessDeniedPage_Answers403WithExplanation()
    {
        var response = await app.NewClient().GetAsync("/Accounts/AccessDenied", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Access denied", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private async Task<HttpContext> ForbidAsync(string path, ClaimsPrincipal user)
    {
        _ = app.Server;
        await using var scope = app.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider, User = user };
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost");
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        await context.ForbidAsync(IdentityConstants.ApplicationScheme);
        return context;
    }

    private static ClaimsPrincipal Principal(string role, bool mfa)
    {
        var identity = new ClaimsIdentity(IdentityConstants.ApplicationScheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.Name, "someone@example.test"));
        identity.AddClaim(new Claim(ClaimTypes.Role, role));
        if (mfa)
        {
            identity.AddClaim(new Claim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor));
        }

        return new ClaimsPrincipal(identity);
    }
}
