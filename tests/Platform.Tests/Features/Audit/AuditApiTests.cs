using System.Net;
using System.Net.Http.Json;
using Platform.Web.Features.Audit;

namespace Platform.Tests.Features.Audit;

public sealed class AuditApiTests(AuditIsolationFixture fixture) : IClassFixture<AuditIsolationFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Entries_CountryAdmin_SeesOwnAgencyOnly()
    {
        var body = await fixture.NlAdminClient.GetStringAsync("/api/audit/entries?pageSize=100", Cancel);
        var page = await fixture.NlAdminClient.GetFromJsonAsync<AuditEntryPage>("/api/audit/entries?pageSize=100", Cancel);

        Assert.NotNull(page);
        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, e => Assert.Equal("NL", e.AgencyCode));
        Assert.Contains(AuditIsolationFixture.NlText, body, StringComparison.Ordinal);
        Assert.DoesNotContain(AuditIsolationFixture.BeText, body, StringComparison.Ordinal);
        Assert.DoesNotContain(AuditIsolationFixture.NetworkText, body, StringComparison.Ordinal);
        Assert.Equal(page.Items.OrderByDescending(e => e.Sequence).Select(e => e.Sequence), page.Items.Select(e => e.Sequence));
    }

    [Fact]
    public async Task Entries_NetworkAdmin_SeesNetworkLevelButNoAgencyEntries()
    {
        var body = await fixture.NetworkAdminClient.GetStringAsync("/api/audit/entries?pageSize=100", Cancel);
        var page = await fixture.NetworkAdminClient.GetFromJsonAsync<AuditEntryPage>("/api/audit/entries?pageSize=100", Cancel);

        Assert.All(page!.Items, e => Assert.Equal(AuditEntry.NetworkAgencyCode, e.AgencyCode));
        Assert.Contains(AuditIsolationFixture.NetworkText, body, StringComparison.Ordinal);
        Assert.DoesNotContain(AuditIsolationFixture.NlText, body, StringComparison.Ordinal);
        Assert.DoesNotContain(AuditIsolationFixture.BeText, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entry_OfAnotherAgency_Answers404BySequenceAndById()
    {
        var client = fixture.NlAdminClient;

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/audit/entries/{fixture.BeEntry.Sequence}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/audit/entries/{fixture.BeEntry.Id}", Cancel)).StatusCode);
        var own = await client.GetFromJsonAsync<AuditEntryDto>($"/api/audit/entries/{fixture.NlEntry.Id}", Cancel);
        Assert.Equal(fixture.NlEntry.Hash, own!.Hash);
    }

    [Fact]
    public async Task Entries_Filters_NarrowTheResult()
    {
        var client = fixture.NlAdminClient;

        var byRecord = await client.GetFromJsonAsync<AuditEntryPage>("/api/audit/entries?action=case.&recordType=Case&recordId=nl-case", Cancel);
        var byText = await client.GetFromJsonAsync<AuditEntryPage>("/api/audit/entries?text=WALNUT", Cancel);
        var tomorrow = fixture.App.Clock.GetUtcNow().AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var future = await client.GetFromJsonAsync<AuditEntryPage>($"/api/audit/entries?from={tomorrow}", Cancel);
        var byActor = await client.GetFromJsonAsync<AuditEntryPage>($"/api/audit/entries?actor={fixture.NlAdmin.Id}", Cancel);

        Assert.Equal(fixture.NlEntry.Sequence, Assert.Single(byRecord!.Items).Sequence);
        Assert.Equal(fixture.NlEntry.Sequence, Assert.Single(byText!.Items).Sequence);
        Assert.Empty(future!.Items);
        Assert.NotEmpty(byActor!.Items);
        Assert.All(byActor.Items, e => Assert.Equal(fixture.NlAdmin.Id, e.ActorMemberId));
    }

    [Fact]
    public async Task Entries_PageSizeOver100_Answers400()
    {
        var response = await fixture.NlAdminClient.GetAsync("/api/audit/entries?pageSize=101", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Entries_PreventionOfficer_IsForbidden()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.OfficerClient.GetAsync("/api/audit/entries", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.OfficerClient.GetAsync("/api/audit/export.csv?reason=other", Cancel)).StatusCode);
    }
}
