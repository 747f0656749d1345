using System.Net;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Accounts;

/// <summary>Every page that follows a return URL after a form (sign-in, two-factor, terms) stays on this site.</summary>
public sealed class OpenRedirectTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static readonly TheoryData<string> OffSite =
    [
        "https://evil.example/", "http://evil.example", "//evil.example", "/\\evil.example", "\\\\evil.example",
        "javascript:alert(1)", "/\t/evil.example", " //evil.example", "https:evil.example", "evil.example",
    ];

    [Theory]
    [MemberData(nameof(OffSite))]
    public async Task SignIn_PasswordOnly_WithOffSiteReturnUrl_StaysOnSite(string returnUrl)
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var client = app.NewClient();

        var response = await client.PostFormAsync("/Accounts/SignIn", new()
        {
            ["Input.Email"] = viewer.Email, ["Input.Password"] = viewer.Password, ["ReturnUrl"] = returnUrl,
        });

        AssertStaysOnSite(response);
    }

    [Theory]
    [MemberData(nameof(OffSite))]
    public async Task SignInTwoFactor_WithOffSiteReturnUrl_StaysOnSite(string returnUrl)
    {
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var client = app.NewClient();
        var password = await client.PostFormAsync("/Accounts/SignIn", new()
        {
            ["Input.Email"] = officer.Email, ["Input.Password"] = officer.Password, ["ReturnUrl"] = returnUrl,
        });
        AssertStaysOnSite(password);

        var code = await client.PostFormAsync("/Accounts/SignInTwoFactor", new()
        {
            ["Input.Code"] = officer.CurrentTotp(), ["ReturnUrl"] = returnUrl,
        });

        AssertStaysOnSite(code);
    }

    [Theory]
    [MemberData(nameof(OffSite))]
    public async Task AcceptTerms_WithOffSiteReturnUrl_StaysOnSite(string returnUrl)
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        await app.UpdateMemberAsync(viewer.Id, m => m.AcceptedTermsVersion = 0);
        var client = await app.SignInAsync(viewer);

        var response = await client.PostFormAsync("/Accounts/AcceptTerms", new()
        {
            ["Input.Accept"] = "true", ["ReturnUrl"] = returnUrl,
        });

        AssertStaysOnSite(response);
    }

    [Fact]
    public async Task SignOut_WithReturnUrl_GoesHome()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var client = await app.SignInAsync(viewer);

        var response = await client.PostFormAsync("/Accounts/SignOut?returnUrl=https%3A%2F%2Fevil.example", new(), "/Accounts/SignOut");

        AccountsTestKit.AssertRedirect(response, "/");
        AssertStaysOnSite(response);
    }

    /// <summary>A redirect (if any) resolves to this host; a browser would strip tabs, so the raw value is checked too.</summary>
    private static void AssertStaysOnSite(HttpResponseMessage response)
    {
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        if (response.Headers.Location is not { } location)
        {
            return;
        }

        var raw = location.OriginalString;
        var resolved = new Uri(new Uri("http://localhost/"), raw.Replace("\t", "", StringComparison.Ordinal).Replace('\\', '/'));
        Assert.True(resolved.Host == "localhost" && resolved.Scheme == "http", $"Redirected off-site to '{raw}'");
        // The return URL may travel on in the query (sign-in → two-factor); the target itself must not be it.
        Assert.DoesNotContain("evil", resolved.GetLeftPart(UriPartial.Path), StringComparison.OrdinalIgnoreCase);
    }
}
