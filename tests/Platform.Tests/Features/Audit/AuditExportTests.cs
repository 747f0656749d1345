using System.Net;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Audit;

namespace Platform.Tests.Features.Audit;

public sealed class AuditExportTests(AuditIsolationFixture fixture) : IClassFixture<AuditIsolationFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApiExport_WithReason_StreamsOwnAgencyCsvAndRecordsTheExport()
    {
        var response = await fixture.NlAdminClient.GetAsync(
            "/api/audit/export.csv?reason=audit-investigation&reasonText=Quarterly%20access%20review", Cancel);
        var csv = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("sequence,id,occurred_at_utc,", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(AuditIsolationFixture.NlText, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(AuditIsolationFixture.BeText, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(AuditIsolationFixture.NetworkText, csv, StringComparison.Ordinal);
        var exported = (await fixture.App.AuditEntriesAsync()).Last(e => e.Action == ExportAuditEntries.Action);
        Assert.Equal("audit-investigation: Quarterly access review", exported.Reason);
        Assert.Equal(fixture.NlAdmin.Id, exported.ActorMemberId);
        Assert.Equal("NL", exported.AgencyCode);
    }

    [Theory]
    [InlineData("/api/audit/export.csv")]
    [InlineData("/api/audit/export.csv?reason=")]
    [InlineData("/api/audit/export.csv?reason=curiosity")]
    [InlineData("/api/audit/export.csv?reason=other&reasonText=because")]
    public async Task ApiExport_WithoutValidReason_Answers400AndRecordsNothing(string url)
    {
        var before = (await fixture.App.AuditEntriesAsync()).Count(e => e.Action == ExportAuditEntries.Action);

        var response = await fixture.NlAdminClient.GetAsync(url, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reason", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(before, (await fixture.App.AuditEntriesAsync()).Count(e => e.Action == ExportAuditEntries.Action));
    }

    [Fact]
    public async Task ApiExport_FormulaCells_ArePrefixedSoSpreadsheetsShowText()
    {
        var csv = await fixture.NlAdminClient.GetStringAsync("/api/audit/export.csv?reason=supervision&action=test.formula", Cancel);

        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\",", csv, StringComparison.Ordinal);
        Assert.Contains(",'+31 6 000,", csv, StringComparison.Ordinal);
        Assert.Contains(",'-2+3,", csv, StringComparison.Ordinal);
        Assert.Contains(",'@SUM(A1),", csv, StringComparison.Ordinal);
        Assert.Contains(",'\tindent,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageExport_WithoutReason_ShowsErrorAndNoCsv()
    {
        var before = (await fixture.App.AuditEntriesAsync()).Count(e => e.Action == ExportAuditEntries.Action);

        var response = await fixture.NlAdminClient.PostFormAsync("/Audit?handler=Export", new() { ["Reason.Code"] = "" }, "/Audit");
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Choose a reason.", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Equal(before, (await fixture.App.AuditEntriesAsync()).Count(e => e.Action == ExportAuditEntries.Action));
    }

    // Found by FormFuzzTests: an unknown code re-rendered the page and failed with a 500.
    [Theory]
    [InlineData("not-a-reason")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("CASE-WORK")]
    public async Task PageExport_UnknownReasonCode_ShowsFormWithErrorAndNoCsv(string code)
    {
        var before = (await fixture.App.AuditEntriesAsync()).Count(e => e.Action == ExportAuditEntries.Action);

        var response = await fixture.NlAdminClient.PostFormAsync("/Audit?handler=Export&action=case.", new()
        {
            ["Reason.Code"] = code,
            ["Reason.Text"] = "Checking a complaint from the public",
        }, "/Audit?action=case.");
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Choose one of the listed reasons.", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"case.\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Equal(before, (await fixture.App.AuditEntriesAsync()).Count(e => e.Action == ExportAuditEntries.Action));
    }

    // The exact post of FormFuzzTests seed 20260701 case 29 (no filter in the query), which answered 500.
    [Fact]
    public async Task PageExport_FuzzedReasonWithoutFilter_ShowsFormWithErrorAndNoCsv()
    {
        var response = await fixture.NlAdminClient.PostFormAsync("/Audit?handler=Export", new()
        {
            ["Reason.Text"] = "\U0001F600\U0001F3F3\uFE0F\u200D\U0001F308<script>fuzz1</script>{{7*7}} \tnull\"><svg onload=fuzz3>Robert'); DROP TABLE Students;--  9999-12-31T23:59:59Z",
            ["Reason.Code"] = "Robert'); DROP TABLE Students;--",
        }, "/Audit");
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose one of the listed reasons.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"filter-from\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg onload=fuzz3>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageExport_OtherWithoutExplanation_ShowsError()
    {
        var response = await fixture.NlAdminClient.PostFormAsync("/Audit?handler=Export", new() { ["Reason.Code"] = "other", ["Reason.Text"] = "short" }, "/Audit");

        Assert.Contains("Explain the reason in at least 10 characters.", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageExport_WithReasonAndFilter_ReturnsFilteredCsvAndRecordsReason()
    {
        var response = await fixture.NlAdminClient.PostFormAsync("/Audit?handler=Export&recordId=nl-case", new()
        {
            ["Reason.Code"] = "other",
            ["Reason.Text"] = "Checking a complaint from the public",
        }, "/Audit?recordId=nl-case");
        var csv = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.DispositionType ?? "", StringComparison.Ordinal);
        Assert.Contains(AuditIsolationFixture.NlText, csv, StringComparison.Ordinal);
        Assert.Equal(2, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        var exported = (await fixture.App.AuditEntriesAsync()).Last(e => e.Action == ExportAuditEntries.Action);
        Assert.Equal("other: Checking a complaint from the public", exported.Reason);
        Assert.Equal("recordId=nl-case", exported.Details);
    }
}
