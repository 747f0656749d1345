using Platform.Tests.Infrastructure;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Audit;

public sealed class AuditSignInTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task SignIn_UnknownEmail_IsRecordedAtNetworkLevel()
    {
        using var client = app.CreateClient();

        await client.PostFormAsync("/Accounts/SignIn", new() { ["Input.Email"] = "nobody@unknown.example", ["Input.Password"] = "whatever password" });

        var entry = await app.LastAuditEntryAsync();
        Assert.Equal("account.sign-in-failed", entry.Action);
        Assert.Equal(AuditEntry.NetworkAgencyCode, entry.AgencyCode);
        Assert.Equal("anonymous", entry.ActorName);
        Assert.Equal("nobody@unknown.example", entry.Details);
        Assert.Null(entry.RecordId);
    }

    [Fact]
    public async Task SignIn_WrongPasswordOfKnownMember_IsRecordedUnderTheirAgency()
    {
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        using var client = app.CreateClient();

        await client.PostFormAsync("/Accounts/SignIn", new() { ["Input.Email"] = officer.Email, ["Input.Password"] = "not the password" });

        var entry = await app.LastAuditEntryAsync();
        Assert.Equal("account.sign-in-failed", entry.Action);
        Assert.Equal("NL", entry.AgencyCode);
        Assert.Equal(officer.Id, entry.RecordId);
        Assert.Null(entry.ActorMemberId);
    }

    [Fact]
    public async Task SignInAndOut_AreRecordedWithTheMemberAsActor()
    {
        var admin = await app.CreateMemberAsync("BE", Roles.CountryAdmin);
        using var client = await app.SignInAsync(admin);

        var signedIn = await app.LastAuditEntryAsync();
        await client.PostFormAsync("/Accounts/SignOut", [], "/Accounts/SignOut");
        var signedOut = await app.LastAuditEntryAsync();

        Assert.Equal(("account.signed-in", admin.Id, "BE", "BE"), (signedIn.Action, signedIn.ActorMemberId, signedIn.ActorAgencyCode, signedIn.AgencyCode));
        Assert.Equal(admin.DisplayName, signedIn.ActorName);
        Assert.Equal(("account.signed-out", admin.Id, "BE"), (signedOut.Action, signedOut.ActorMemberId, signedOut.AgencyCode));
        Assert.True((await app.VerifyAuditAsync()).Intact);
    }
}
