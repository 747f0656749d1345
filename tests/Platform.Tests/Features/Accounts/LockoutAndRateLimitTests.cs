using System.Net;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Accounts;

public sealed class LockoutAndRateLimitTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task SignIn_AfterFiveFailures_LocksAccountEvenAgainstTheRightPassword()
    {
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var client = app.NewClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var failed = await client.PostFormAsync("/Accounts/SignIn", new() { ["Input.Email"] = officer.Email, ["Input.Password"] = $"wrong guess number {attempt}" });
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var right = await client.PostFormAsync("/Accounts/SignIn", new() { ["Input.Email"] = officer.Email, ["Input.Password"] = officer.Password });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("This account is locked after too many failed attempts", await right.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.NotNull((await app.FindMemberAsync(officer.Id)).LockoutEnd);
    }

    [Fact]
    public async Task SignIn_FourthPostWithinAMinute_Gets429()
    {
        await using var limited = new AppFactory().WithSetting("Security:SignInAttemptsPerMinute", "3");
        var client = limited.NewClient();
        var token = TestMembers.AntiforgeryToken(await client.GetHtmlAsync("/Accounts/SignIn"))!;

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var response = await client.PostAsync("/Accounts/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = "nobody@example.test",
                ["Input.Password"] = "not a real password",
                ["__RequestVerificationToken"] = token,
            }), TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
