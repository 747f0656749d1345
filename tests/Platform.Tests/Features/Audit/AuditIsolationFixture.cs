using Platform.Tests.Infrastructure;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Audit;

/// <summary>Entries of two agencies and the network level, and signed-in clients of each kind of reader.</summary>
public sealed class AuditIsolationFixture : IAsyncLifetime
{
    public const string NlText = "nl-secret-walnut";
    public const string BeText = "be-secret-chestnut";
    public const string NetworkText = "zz-network-hazel";

    public AppFactory App { get; } = new();
    public AuditEntry NlEntry { get; private set; } = null!;
    public AuditEntry BeEntry { get; private set; } = null!;
    public TestMember NlAdmin { get; private set; } = null!;
    public HttpClient NlAdminClient { get; private set; } = null!;
    public HttpClient NetworkAdminClient { get; private set; } = null!;
    public HttpClient OfficerClient { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await App.InitializeAsync();
        await App.EnsureAgencyAsync("BE");
        await App.RecordAsync(new AuditEvent("case.viewed", "Case", "nl-case", "NL", "case-work", NlText));
        NlEntry = await App.LastAuditEntryAsync();
        await App.RecordAsync(new AuditEvent("case.viewed", "Case", "be-case", "BE", "case-work", BeText));
        BeEntry = await App.LastAuditEntryAsync();
        await App.RecordAsync(new AuditEvent("account.sign-in-failed", Details: NetworkText));
        foreach (var formula in new[] { "=HYPERLINK(\"http://evil.example\")", "+31 6 000", "-2+3", "@SUM(A1)", "\tindent" })
        {
            await App.RecordAsync(new AuditEvent("test.formula", "Thing", "formula", "NL", Details: formula));
        }

        NlAdmin = await App.CreateMemberAsync("NL", Roles.CountryAdmin);
        NlAdminClient = await App.SignInAsync(NlAdmin);
        NetworkAdminClient = await App.SignInAsync(await App.CreateMemberAsync(null, Roles.NetworkAdmin));
        OfficerClient = await App.SignInAsync(await App.CreateMemberAsync("NL", Roles.PreventionOfficer));
    }

    public async ValueTask DisposeAsync()
    {
        NlAdminClient.Dispose();
        NetworkAdminClient.Dispose();
        OfficerClient.Dispose();
        await App.DisposeAsync();
    }
}
