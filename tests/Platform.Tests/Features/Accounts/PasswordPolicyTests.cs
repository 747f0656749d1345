using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Accounts.Passwords;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Accounts;

public sealed class PasswordPolicyTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void BreachedList_LoadsEmbeddedList()
    {
        var list = app.Services.GetRequiredService<BreachedPasswordList>();

        Assert.InRange(list.Count, 15_000, 100_000);
        Assert.True(list.Contains("iloveyou123"));
        Assert.Same(list, app.Services.GetRequiredService<BreachedPasswordList>());
    }

    [Theory]
    [InlineData("iseedeadpeople")]
    [InlineData("1qaz2wsx3edc4rfv")]
    [InlineData("QWERTY123456789")]
    public async Task Create_WithBreachedPassword_IsRefusedWithClearMessage(string password)
    {
        var result = await CreateAsync("anna.breach", "Anna Breach", password);

        var error = Assert.Single(result.Errors);
        Assert.Equal("PasswordBreached", error.Code);
        Assert.Contains("data breaches", error.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithLongPassphrase_IsAccepted()
    {
        var result = await CreateAsync("piet.pass", "Piet Pass", "violet tractor sings under seven moons");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    [Theory]
    [InlineData("jan.devries", "Someone Else", "My name is Jan.deVries 2024")]
    [InlineData("someone", "Marta Kowalska", "marta kowalska rides horses")]
    [InlineData("someone2", "Kim Lee", "welcome to InterCOP platform")]
    public async Task Create_WithEmailNameOrServiceName_IsRefused(string localPart, string displayName, string password)
    {
        var result = await CreateAsync(localPart, displayName, password);

        Assert.Equal("PasswordContainsName", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Create_WithMoreThan128Characters_IsRefused()
    {
        var tooLong = string.Concat(Enumerable.Repeat("orchid lantern ", 9));

        var result = await CreateAsync("long.one", "Long One", tooLong);

        Assert.Contains(result.Errors, e => e.Code == "PasswordTooLong");
        Assert.True((await CreateAsync("long.two", "Long Two", tooLong[..PasswordPolicyValidator.MaximumLength])).Succeeded);
    }

    [Fact]
    public async Task ChangePassword_WithBreachedPassword_IsRefused_ThenNewPassphraseWorksForSignIn()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var client = await app.SignInAsync(viewer);

        var breached = await client.PostFormAsync("/Accounts/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = viewer.Password,
            ["Input.NewPassword"] = "iseedeadpeople",
            ["Input.ConfirmPassword"] = "iseedeadpeople",
        });
        Assert.Equal(HttpStatusCode.OK, breached.StatusCode);
        Assert.Contains("data breaches", await breached.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var changed = await client.PostFormAsync("/Accounts/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = viewer.Password,
            ["Input.NewPassword"] = "copper kettle whistles at dawn",
            ["Input.ConfirmPassword"] = "copper kettle whistles at dawn",
        });

        AccountsTestKit.AssertRedirect(changed, "/Accounts/Profile");
        Assert.Contains("Your password is changed.", await client.GetHtmlAsync("/Accounts/Profile"), StringComparison.Ordinal);
        await app.SignInAsync(viewer with { Password = "copper kettle whistles at dawn" });
    }

    private async Task<IdentityResult> CreateAsync(string localPart, string displayName, string password) =>
        await app.WithScopeAsync(async sp =>
        {
            var email = $"{localPart}@{Guid.NewGuid():N}.example.test";
            var member = new Member { UserName = email, Email = email, DisplayName = displayName };
            return await sp.GetRequiredService<UserManager<Member>>().CreateAsync(member, password);
        });
}
