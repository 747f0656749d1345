using System.Net;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Accounts;

public sealed class SignInTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task SignIn_WithPasswordAndTotp_ReachesHomeSignedIn()
    {
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);

        var client = await app.SignInAsync(officer);
        var home = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains(officer.DisplayName, home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_IsRefused()
    {
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => app.SignInAsync(officer with { Password = "wrong password entirely" }));

        Assert.Contains("not correct", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_WithoutSignIn_Answers401()
    {
        var client = app.CreateClient();

        var response = await client.GetAsync("/api/does-not-matter", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
