using System.Net;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Accounts;

public sealed class LanguageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Language_WhileSignedIn_SavesPreferenceThatNextSignInApplies()
    {
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var client = await app.SignInAsync(officer);

        var switched = await client.GetAsync("/Accounts/Language?culture=nl&returnUrl=%2FAccounts%2FProfile", TestContext.Current.CancellationToken);

        AccountsTestKit.AssertRedirect(switched, "/Accounts/Profile");
        var cookie = Assert.Single(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains("c%3Dnl%7Cuic%3Dnl", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("nl", (await app.FindMemberAsync(officer.Id)).PreferredLanguage);

        var freshClient = await app.SignInAsync(officer);
        Assert.Contains("<html lang=\"nl\">", await freshClient.GetHtmlAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Language_Anonymous_SetsCookieOnly()
    {
        var client = app.NewClient();

        var switched = await client.GetAsync("/Accounts/Language?culture=pt&returnUrl=%2F", TestContext.Current.CancellationToken);

        AccountsTestKit.AssertRedirect(switched, "/");
        Assert.Contains("<html lang=\"pt\">", await client.GetHtmlAsync("/"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/x")]
    [InlineData("//evil.example/x")]
    [InlineData("/\\evil.example")]
    public async Task Language_WithForeignReturnUrl_GoesHome(string returnUrl)
    {
        var response = await app.NewClient().GetAsync($"/Accounts/Language?culture=nl&returnUrl={Uri.EscapeDataString(returnUrl)}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Location());
    }

    [Fact]
    public async Task Language_WithUnsupportedCulture_IgnoresIt()
    {
        var response = await app.NewClient().GetAsync("/Accounts/Language?culture=xx&returnUrl=%2F", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ChangePassword_TooShortInDutch_ShowsIdentityMessageInDutch()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var client = await app.SignInAsync(viewer);
        await client.GetAsync("/Accounts/Language?culture=nl&returnUrl=%2F", TestContext.Current.CancellationToken);

        var response = await client.PostFormAsync("/Accounts/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = viewer.Password,
            ["Input.NewPassword"] = "tulp molen",
            ["Input.ConfirmPassword"] = "tulp molen",
        });

        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Gebruik minstens 12 tekens.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Passwords must be", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_SavingNewLanguage_ConfirmsInThatLanguage()
    {
        var viewer = await app.CreateMemberAsync("PT", Roles.Viewer, twoFactor: false);
        var client = await app.SignInAsync(viewer);

        var saved = await client.PostFormAsync("/Accounts/Profile", new()
        {
            ["Input.DisplayName"] = viewer.DisplayName,
            ["Input.PreferredLanguage"] = "pt",
        });

        AccountsTestKit.AssertRedirect(saved, "/Accounts/Profile");
        var profile = await client.GetHtmlAsync("/Accounts/Profile");
        Assert.Contains("<html lang=\"pt\">", profile, StringComparison.Ordinal);
        Assert.Contains("Os seus dados foram guardados.", profile, StringComparison.Ordinal);
    }
}
