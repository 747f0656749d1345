using System.Net;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Accounts;

/// <summary>Each test moves the clock, so each gets its own app.</summary>
public sealed class SessionTests
{
    [Fact]
    public async Task Session_Idle31Minutes_RedirectsToSignIn()
    {
        await using var app = new AppFactory();
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var client = await app.SignInAsync(officer);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Accounts/Profile", TestContext.Current.CancellationToken)).StatusCode);

        app.Clock.Advance(TimeSpan.FromMinutes(31));
        var response = await client.GetAsync("/Accounts/Profile", TestContext.Current.CancellationToken);

        AccountsTestKit.AssertRedirect(response, "http://localhost/Accounts/SignIn?ReturnUrl=%2FAccounts%2FProfile");
    }

    [Fact]
    public async Task Session_ActiveEvery20Minutes_StaysOpen()
    {
        await using var app = new AppFactory();
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var client = await app.SignInAsync(officer);

        for (var i = 0; i < 3; i++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Accounts/Profile", TestContext.Current.CancellationToken)).StatusCode);
        }
    }

    [Fact]
    public async Task Session_Revalidated_PicksUpChangesAndKeepsTwoFactor()
    {
        await using var app = new AppFactory();
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var client = await app.SignInAsync(officer);
        await app.UpdateMemberAsync(officer.Id, m => m.DisplayName = "Renamed Officer");

        app.Clock.Advance(TimeSpan.FromMinutes(6));
        var home = await client.GetAsync("/", TestContext.Current.CancellationToken);

        // Rebuilt from the database (new name), still counted as a two-factor session (no detour to enrolment).
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Renamed Officer", await home.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_WithinRevalidationInterval_IsNotReadFromTheDatabase()
    {
        await using var app = new AppFactory();
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var client = await app.SignInAsync(officer);
        await app.UpdateMemberAsync(officer.Id, m => m.DisplayName = "Renamed Officer");

        app.Clock.Advance(TimeSpan.FromMinutes(4));
        var early = await client.GetStringAsync("/", TestContext.Current.CancellationToken);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var due = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        // The interval (5 minutes) counts from when the ticket was issued: here, the sign-in.
        Assert.DoesNotContain("Renamed Officer", early, StringComparison.Ordinal);
        Assert.Contains("Renamed Officer", due, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_AfterPasswordChangedElsewhere_EndsAtRevalidation()
    {
        await using var app = new AppFactory();
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var stolen = await app.SignInAsync(viewer);
        var own = await app.SignInAsync(viewer);
        await own.PostFormAsync("/Accounts/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = viewer.Password,
            ["Input.NewPassword"] = "amber falcon crosses the fjord",
            ["Input.ConfirmPassword"] = "amber falcon crosses the fjord",
        });

        app.Clock.Advance(TimeSpan.FromMinutes(6));

        AccountsTestKit.AssertRedirect(await stolen.GetAsync("/Accounts/Profile", TestContext.Current.CancellationToken), "http://localhost/Accounts/SignIn");
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync("/Accounts/Profile", TestContext.Current.CancellationToken)).StatusCode);
    }
}
