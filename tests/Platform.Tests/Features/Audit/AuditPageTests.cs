using System.Net;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Features.Audit;

public sealed class AuditPageTests(AuditIsolationFixture fixture) : IClassFixture<AuditIsolationFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Index_CountryAdmin_ShowsOwnAgencyEntriesOnly()
    {
        var html = await fixture.NlAdminClient.GetStringAsync("/Audit?text=secret", Cancel);
        var all = await fixture.NlAdminClient.GetStringAsync("/Audit", Cancel);

        Assert.Contains(AuditIsolationFixture.NlText, html, StringComparison.Ordinal);
        Assert.DoesNotContain(AuditIsolationFixture.BeText, html, StringComparison.Ordinal);
        Assert.DoesNotContain(AuditIsolationFixture.BeText, all, StringComparison.Ordinal);
        Assert.DoesNotContain(AuditIsolationFixture.NetworkText, all, StringComparison.Ordinal);
        Assert.Contains("<caption>", html, StringComparison.Ordinal);
        Assert.Contains("scope=\"col\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_NetworkAdmin_ShowsNetworkLevelEntries()
    {
        var html = await fixture.NetworkAdminClient.GetStringAsync("/Audit", Cancel);

        Assert.Contains(AuditIsolationFixture.NetworkText, html, StringComparison.Ordinal);
        Assert.DoesNotContain(AuditIsolationFixture.NlText, html, StringComparison.Ordinal);
        Assert.DoesNotContain(AuditIsolationFixture.BeText, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_MoreThanOnePage_PagesByFifty()
    {
        await fixture.App.RecordManyAsync(55, "test.paging");

        var first = await fixture.NlAdminClient.GetStringAsync("/Audit?action=test.paging", Cancel);
        var second = await fixture.NlAdminClient.GetStringAsync("/Audit?action=test.paging&page=2", Cancel);

        Assert.Equal(50, CountRows(first));
        Assert.Equal(5, CountRows(second));
        Assert.Contains("action=test.paging&amp;page=2", first, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">2<", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_WithFilter_ExportFormPostsThatFilter()
    {
        var html = await fixture.NlAdminClient.GetStringAsync("/Audit?recordId=nl-case&action=case.", Cancel);

        Assert.Contains("action=\"/Audit?action=case.&amp;recordId=nl-case&amp;handler=Export\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Reason.Code\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"Reason_Code\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entry_OfAnotherAgency_Answers404()
    {
        var foreign = await fixture.NlAdminClient.GetAsync($"/Audit/Entry/{fixture.BeEntry.Sequence}", Cancel);
        var own = await fixture.NlAdminClient.GetStringAsync($"/Audit/Entry/{fixture.NlEntry.Sequence}", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.DoesNotContain(AuditIsolationFixture.BeText, await foreign.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Contains(fixture.NlEntry.Hash, own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_PreventionOfficer_IsDenied()
    {
        var response = await fixture.OfficerClient.GetAsync("/Audit", Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("AccessDenied", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_NetworkAdmin_ReportsIntactAndIsAudited()
    {
        var response = await fixture.NetworkAdminClient.PostFormAsync("/Audit/Verify", []);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Contains("The audit trail is intact", html, StringComparison.Ordinal);
        Assert.Equal("audit.verified", (await fixture.App.LastAuditEntryAsync()).Action);
    }

    [Fact]
    public async Task Verify_CountryAdmin_IsDenied()
    {
        var response = await fixture.NlAdminClient.GetAsync("/Audit/Verify", Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("AccessDenied", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private static int CountRows(string html) => html.Split("<th scope=\"row\">").Length - 1;
}
