using System.Net;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Accounts;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Accounts;

public sealed class MandatoryStepsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Accounts/Profile")]
    [InlineData("/Accounts/ChangePassword")]
    public async Task Page_ForCaseWorkerWithoutTwoFactor_RedirectsToEnrolmentWithReturnUrl(string path)
    {
        var caseWorker = await app.CreateMemberAsync("NL", Roles.CaseWorker, twoFactor: false);
        var client = await app.SignInAsync(caseWorker);

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        AccountsTestKit.AssertRedirect(response, $"/Accounts/TwoFactor/Enable?returnUrl={Uri.EscapeDataString(path)}");
    }

    [Fact]
    public async Task Api_ForCaseWorkerWithoutTwoFactor_Answers403ProblemDetails()
    {
        var admin = await app.CreateMemberAsync("NL", Roles.CountryAdmin, twoFactor: false);
        var client = await app.SignInAsync(admin);

        var response = await client.GetAsync("/api/anything", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Two-factor authentication required", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Accounts/TwoFactor/Enable")]
    [InlineData("/Accounts/Terms")]
    [InlineData("/Accounts/SignOut")]
    [InlineData("/css/site.css")]
    [InlineData("/health")]
    public async Task ExemptPaths_ForCaseWorkerWithoutTwoFactor_StayOpen(string path)
    {
        var caseWorker = await app.CreateMemberAsync("NL", Roles.CaseWorker, twoFactor: false);
        var client = await app.SignInAsync(caseWorker);

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Page_ForViewerWithoutTwoFactor_IsServed()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var client = await app.SignInAsync(viewer);

        var response = await client.GetAsync("/Accounts/Profile", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/Accounts/TwoFactor/Enable", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ForMemberWithOlderTerms_RedirectsToAcceptTerms_AndAcceptingRecordsVersion()
    {
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        await app.UpdateMemberAsync(officer.Id, m => m.AcceptedTermsVersion = TermsOfUse.CurrentVersion - 1);
        var client = await app.SignInAsync(officer);

        var blocked = await client.GetAsync("/Accounts/Profile", TestContext.Current.CancellationToken);
        AccountsTestKit.AssertRedirect(blocked, "/Accounts/AcceptTerms?returnUrl=%2FAccounts%2FProfile");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/anything", TestContext.Current.CancellationToken)).StatusCode);

        var unticked = await client.PostFormAsync(blocked.Location(), new() { ["ReturnUrl"] = "/Accounts/Profile" });
        Assert.Equal(HttpStatusCode.OK, unticked.StatusCode);
        Assert.Contains("Tick the box to accept the terms of use.", await unticked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var accepted = await client.PostFormAsync(blocked.Location(), new() { ["Input.Accept"] = "true", ["ReturnUrl"] = "/Accounts/Profile" });

        AccountsTestKit.AssertRedirect(accepted, "/Accounts/Profile");
        var member = await app.FindMemberAsync(officer.Id);
        Assert.Equal(TermsOfUse.CurrentVersion, member.AcceptedTermsVersion);
        Assert.Equal(app.Clock.GetUtcNow(), member.AcceptedTermsAt!.Value, TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Accounts/Profile", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Terms_Anonymous_ShowsTheRules()
    {
        var html = await app.NewClient().GetHtmlAsync("/Accounts/Terms");

        Assert.Contains($"Version {TermsOfUse.CurrentVersion}", html, StringComparison.Ordinal);
        Assert.Contains("No scoring of people", html, StringComparison.Ordinal);
        Assert.Contains("Access is recorded", html, StringComparison.Ordinal);
    }
}
