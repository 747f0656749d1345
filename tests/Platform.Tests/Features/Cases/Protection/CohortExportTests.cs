using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Features.Network;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Cases.Protection.Export;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Pseudonyms;

namespace Platform.Tests.Features.Cases.Protection;

public sealed class CohortExportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CohortExport_FiveCases_PseudonymisedRowsWithoutIdentityAndAudited()
    {
        await using var app = await RetentionTests.StartAsync();
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var ended = new DateTimeOffset(2025, 9, 15, 10, 0, 0, TimeSpan.Zero);
        var cases = new List<CaseArrangements.ArrangedCase>();
        for (var i = 0; i < 5; i++)
        {
            cases.Add(await app.CreateCompletedCaseAsync("NL", officer.Id, ended.AddDays(i), name: $"Cohort Person {i}",
                at12: i == 0 ? FollowUpOutcome.NewOffenceReported : FollowUpOutcome.NoNewOffenceKnown));
        }

        var client = await (await app.SignInAsync(officer)).WithCsrfAsync("/Cases/Export");
        var response = await client.PostAsJsonAsync("/api/cases/cohort-export", new
        {
            programmeKey = "hack-right", fromMonth = "2025-01", toMonth = "2025-01", reason = "other", reasonText = "WODC evaluation of Hack_Right 2025",
        }, Ct);
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(Ct)).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("pseudonym,programme,programme_version,age_band,referral_source,eligibility,enrolment_month", lines[0], StringComparison.Ordinal);
        Assert.Equal(6, lines.Length);
        var pseudonyms = app.Services.GetRequiredService<IAgencyPseudonyms>();
        var expected = pseudonyms.For("NL", CohortExportHandler.PseudonymPurpose, "Cohort Person 0|2008-04-01");
        var first = lines.Single(l => l.StartsWith(expected + ",", StringComparison.Ordinal)).Split(',');
        Assert.Equal(["hack-right", "2", "From16To17", "Prosecutor", "Eligible", "2025-03", "2", "7", "2", "660", "180", "Completed", "NoNewOffenceKnown", "NewOffenceReported", "NoNewOffenceKnown"],
            first[1..]);
        foreach (var forbidden in new[] { "Cohort Person", "2008-04-01", "NL-2025-", "+31", "Met at school", "DDoS" })
        {
            Assert.DoesNotContain(forbidden, csv, StringComparison.Ordinal);
        }

        await app.WithSystemDbAsync(async db =>
        {
            var entry = await db.AuditEntries.SingleAsync(e => e.Action == "cases.cohort-exported", Ct);
            Assert.Equal((officer.Id, "hack-right"), (entry.ActorMemberId, entry.RecordId));
            Assert.Contains("WODC", entry.Reason, StringComparison.Ordinal);
            Assert.Contains("5 cases", entry.Details, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task CohortExport_SmallCohortOrNoReason_RefusedUntilConfirmed()
    {
        await using var app = await RetentionTests.StartAsync();
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        await app.CreateCompletedCaseAsync("NL", officer.Id, new DateTimeOffset(2025, 9, 15, 10, 0, 0, TimeSpan.Zero));
        var client = await (await app.SignInAsync(officer)).WithCsrfAsync("/Cases/Export");
        object Request(bool acknowledge, string reason) => new { programmeKey = "hack-right", fromMonth = "2025-01", toMonth = "2025-12", acknowledgeSmallCohort = acknowledge, reason };

        var noReason = await client.PostAsJsonAsync("/api/cases/cohort-export", Request(true, ""), Ct);
        var small = await client.PostAsJsonAsync("/api/cases/cohort-export", Request(false, "supervision"), Ct);
        var confirmed = await client.PostAsJsonAsync("/api/cases/cohort-export", Request(true, "supervision"), Ct);
        var page = await client.PostFormAsync("/Cases/Export", new()
        {
            ["Input.ProgrammeKey"] = "hack-right", ["Input.FromMonth"] = "2025-01", ["Input.ToMonth"] = "2025-12", ["Reason.Code"] = "supervision",
        });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, small.StatusCode);
        Assert.Contains("fewer than 5", await small.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(2, (await confirmed.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("fewer than 5 cases", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await app.WithSystemDbAsync(async db => Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "cases.cohort-exported", Ct)));
    }

    [Fact]
    public async Task CohortExport_CaseWorker_Forbidden()
    {
        await using var app = await RetentionTests.StartAsync();
        var worker = await app.CreateMemberAsync("NL", Roles.CaseWorker);
        var client = await app.SignInAsync(worker);

        var page = await client.GetAsync("/Cases/Export", Ct);
        var api = await (await client.WithCsrfAsync("/Accounts/Profile")).PostAsJsonAsync("/api/cases/cohort-export",
            new { programmeKey = "hack-right", fromMonth = "2025-01", toMonth = "2025-12", acknowledgeSmallCohort = true, reason = "supervision" }, Ct);

        Assert.Equal(HttpStatusCode.Found, page.StatusCode);
        Assert.Contains("AccessDenied", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("plain", "plain")]
    public void Cell_FormulaOrQuote_Neutralised(string value, string expected) =>
        Assert.Equal(expected, CohortExportHandler.Cell(value));
}
