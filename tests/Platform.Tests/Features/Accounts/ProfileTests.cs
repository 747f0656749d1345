using System.Net;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Accounts;

public sealed class ProfileTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Profile_Save_StoresDetailsAndShowsNewNameAtOnce()
    {
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var client = await app.SignInAsync(officer);

        var saved = await client.PostFormAsync("/Accounts/Profile", new()
        {
            ["Input.DisplayName"] = "Sanne Visser",
            ["Input.JobTitle"] = "Prevention coach",
            ["Input.PreferredLanguage"] = "pt",
            ["Input.ListedInDirectory"] = "true",
        });

        AccountsTestKit.AssertRedirect(saved, "/Accounts/Profile");
        var member = await app.FindMemberAsync(officer.Id);
        Assert.Equal(("Sanne Visser", "Prevention coach", "pt", true), (member.DisplayName, member.JobTitle, member.PreferredLanguage, member.ListedInDirectory));
        var home = await client.GetHtmlAsync("/");
        Assert.Contains("Sanne Visser", home, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"pt\">", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_WithEmptyNameOrUnknownLanguage_ShowsErrorsAndKeepsData()
    {
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var client = await app.SignInAsync(officer);

        var response = await client.PostFormAsync("/Accounts/Profile", new()
        {
            ["Input.DisplayName"] = "",
            ["Input.PreferredLanguage"] = "xx",
        });

        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter your name.", html, StringComparison.Ordinal);
        Assert.Contains("Choose one of the listed languages.", html, StringComparison.Ordinal);
        Assert.Equal(officer.DisplayName, (await app.FindMemberAsync(officer.Id)).DisplayName);
    }

    [Fact]
    public async Task Profile_ShowsTwoFactorStatusAndLinks()
    {
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        await app.NewRecoveryCodesAsync(officer.Id);
        var client = await app.SignInAsync(officer);

        var html = await client.GetHtmlAsync("/Accounts/Profile");

        Assert.Contains("Recovery codes left: 10", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Accounts/TwoFactor/NewRecoveryCodes\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Accounts/TwoFactor/Reset\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Accounts/ApiKeys\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Accounts/ChangePassword\"", html, StringComparison.Ordinal);
    }
}
