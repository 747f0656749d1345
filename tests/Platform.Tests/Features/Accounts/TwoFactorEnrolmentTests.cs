using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Accounts.TwoFactor;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Accounts;

public sealed class TwoFactorEnrolmentTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Enable_WithValidCode_TurnsOnTwoFactorShowsTenCodesOnceAndSatisfiesPersonalData()
    {
        var caseWorker = await app.CreateMemberAsync("NL", Roles.CaseWorker, twoFactor: false);
        var client = await app.SignInAsync(caseWorker);

        var enrolPage = await client.GetHtmlAsync("/Accounts/TwoFactor/Enable?returnUrl=%2F");
        var key = await app.AuthenticatorKeyAsync(caseWorker.Id);
        Assert.Contains(AuthenticatorKey.Grouped(key), enrolPage, StringComparison.Ordinal);
        var qr = Regex.Match(WebUtility.HtmlDecode(enrolPage), "<img src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)\" alt=\"[^\"]+\"");
        Assert.True(qr.Success);
        Assert.StartsWith("<svg", Encoding.UTF8.GetString(Convert.FromBase64String(qr.Groups[1].Value)), StringComparison.Ordinal);

        var enabled = await client.PostFormAsync("/Accounts/TwoFactor/Enable?returnUrl=%2F", new()
        {
            ["Input.Code"] = AccountsTestKit.Totp(key),
            ["ReturnUrl"] = "/",
        });

        AccountsTestKit.AssertRedirect(enabled, "/Accounts/TwoFactor/RecoveryCodes");
        var principal = app.SignInCookiePrincipal(enabled);
        Assert.True(principal.HasClaim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor));
        var authorization = await app.WithScopeAsync(sp => sp.GetRequiredService<IAuthorizationService>().AuthorizeAsync(principal, Policies.PersonalData));
        Assert.True(authorization.Succeeded);
        Assert.True((await app.FindMemberAsync(caseWorker.Id)).TwoFactorEnabled);

        var codes = AccountsTestKit.RecoveryCodesIn(await client.GetHtmlAsync(enabled.Location()));
        Assert.Equal(10, codes.Distinct().Count());
        Assert.Empty(AccountsTestKit.RecoveryCodesIn(await client.GetHtmlAsync(enabled.Location())));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Enable_WithWrongCode_ShowsErrorAndLeavesTwoFactorOff()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var client = await app.SignInAsync(viewer);

        var response = await client.PostFormAsync("/Accounts/TwoFactor/Enable", new() { ["Input.Code"] = "000000" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The code is not correct", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.False((await app.FindMemberAsync(viewer.Id)).TwoFactorEnabled);
    }

    [Fact]
    public async Task SignInRecoveryCode_WithSavedCode_SignsInOnceOnly()
    {
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var codes = await app.NewRecoveryCodesAsync(officer.Id);

        var client = app.NewClient();
        var first = await client.PostFormAsync("/Accounts/SignIn?returnUrl=%2FAccounts%2FProfile", new()
        {
            ["Input.Email"] = officer.Email,
            ["Input.Password"] = officer.Password,
            ["ReturnUrl"] = "/Accounts/Profile",
        });
        AccountsTestKit.AssertRedirect(first, "/Accounts/SignInTwoFactor");
        var twoFactorPage = await client.GetHtmlAsync(first.Location());
        Assert.Contains("href=\"/Accounts/SignInRecoveryCode?returnUrl=%2FAccounts%2FProfile\"", twoFactorPage, StringComparison.Ordinal);

        var recovered = await client.PostFormAsync("/Accounts/SignInRecoveryCode", new()
        {
            ["Input.RecoveryCode"] = codes[0].ToLowerInvariant(),
            ["ReturnUrl"] = "/Accounts/Profile",
        }, formPageUrl: "/Accounts/SignInRecoveryCode");

        AccountsTestKit.AssertRedirect(recovered, "/Accounts/Profile");
        Assert.True(app.SignInCookiePrincipal(recovered).HasClaim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor));
        Assert.Contains("Recovery codes left: 9", await client.GetHtmlAsync("/Accounts/Profile"), StringComparison.Ordinal);
        await app.WithSystemDbAsync(async db =>
        {
            var signedIn = await db.AuditEntries.SingleAsync(
                e => e.Action == "account.signed-in" && e.RecordId == officer.Id, TestContext.Current.CancellationToken);
            Assert.Equal(officer.Id, signedIn.ActorMemberId);
            Assert.Equal("NL", signedIn.ActorAgencyCode);
            Assert.StartsWith("password+recovery-code", signedIn.Details, StringComparison.Ordinal);
        });

        var again = app.NewClient();
        await again.PostFormAsync("/Accounts/SignIn", new() { ["Input.Email"] = officer.Email, ["Input.Password"] = officer.Password });
        var reused = await again.PostFormAsync("/Accounts/SignInRecoveryCode", new() { ["Input.RecoveryCode"] = codes[0] });
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("not correct or was already used", await reused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewRecoveryCodes_RequiresCurrentCode_AndReplacesOldCodes()
    {
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var oldCodes = await app.NewRecoveryCodesAsync(officer.Id);
        var client = await app.SignInAsync(officer);

        var wrong = await client.PostFormAsync("/Accounts/TwoFactor/NewRecoveryCodes", new() { ["Input.Code"] = "000000" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(1, (await app.FindMemberAsync(officer.Id)).AccessFailedCount);

        var right = await client.PostFormAsync("/Accounts/TwoFactor/NewRecoveryCodes", new() { ["Input.Code"] = officer.CurrentTotp() });
        AccountsTestKit.AssertRedirect(right, "/Accounts/TwoFactor/RecoveryCodes");
        var newCodes = AccountsTestKit.RecoveryCodesIn(await client.GetHtmlAsync(right.Location()));

        Assert.Equal(10, newCodes.Length);
        Assert.Empty(newCodes.Intersect(oldCodes));
        var oldStillWorks = await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<Member>>();
            return (await users.RedeemTwoFactorRecoveryCodeAsync((await users.FindByIdAsync(officer.Id))!, oldCodes[1])).Succeeded;
        });
        Assert.False(oldStillWorks);
    }

    [Fact]
    public async Task Reset_WithPassword_RequiresEnrolmentAgainBeforeContinuing()
    {
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var client = await app.SignInAsync(officer);

        var wrong = await client.PostFormAsync("/Accounts/TwoFactor/Reset", new() { ["Input.CurrentPassword"] = "not my password at all" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.True((await app.FindMemberAsync(officer.Id)).TwoFactorEnabled);

        var reset = await client.PostFormAsync("/Accounts/TwoFactor/Reset", new() { ["Input.CurrentPassword"] = officer.Password });

        AccountsTestKit.AssertRedirect(reset, "/Accounts/TwoFactor/Enable");
        Assert.False((await app.FindMemberAsync(officer.Id)).TwoFactorEnabled);
        Assert.NotEqual(officer.AuthenticatorKey, await app.AuthenticatorKeyAsync(officer.Id));
        AccountsTestKit.AssertRedirect(await client.GetAsync("/", TestContext.Current.CancellationToken), "/Accounts/TwoFactor/Enable");
    }

    [Fact]
    public async Task Disable_ForRoleWithPersonalData_IsRefused()
    {
        var caseWorker = await app.CreateMemberAsync("NL", Roles.CaseWorker);
        var client = await app.SignInAsync(caseWorker);

        Assert.DoesNotContain("/Accounts/TwoFactor/Disable", await client.GetHtmlAsync("/Accounts/Profile"), StringComparison.Ordinal);
        var response = await client.PostFormAsync("/Accounts/TwoFactor/Disable", new() { ["Input.CurrentPassword"] = caseWorker.Password }, formPageUrl: "/Accounts/TwoFactor/Reset");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True((await app.FindMemberAsync(caseWorker.Id)).TwoFactorEnabled);
    }

    [Fact]
    public async Task Disable_ForViewer_TurnsTwoFactorOff()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer);
        var client = await app.SignInAsync(viewer);

        var response = await client.PostFormAsync("/Accounts/TwoFactor/Disable", new() { ["Input.CurrentPassword"] = viewer.Password });

        AccountsTestKit.AssertRedirect(response, "/Accounts/Profile");
        var member = await app.FindMemberAsync(viewer.Id);
        Assert.False(member.TwoFactorEnabled);
        Assert.NotEqual(viewer.AuthenticatorKey, await app.AuthenticatorKeyAsync(viewer.Id));
    }
}
