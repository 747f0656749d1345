using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Cases.Protection.Retention;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Jobs;

namespace Platform.Tests.Features.Cases.Protection;

public sealed class RetentionPagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RetentionPages_CountryAdmin_ReviewsDueCaseAndChangesSchedule()
    {
        await using var app = await RetentionTests.StartAsync();
        var admin = await app.CreateMemberAsync("NL", Roles.CountryAdmin);
        var due = await app.CreateCompletedCaseAsync("NL", admin.Id, app.Clock.GetUtcNow().AddMonths(-24 - 60).AddDays(10));
        var client = await app.SignInAsync(admin);

        var list = await client.GetStringAsync("/Cases/Retention", Ct);
        var decided = await client.PostFormAsync($"/Cases/Retention/Review/{due.CaseId}", new()
        {
            ["Input.Decision"] = nameof(RetentionDecision.Extended),
            ["Input.HoldUntil"] = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddMonths(6).ToString("yyyy-MM-dd"),
            ["Input.Reason"] = "Appeal pending at the court",
        });
        var schedule = await client.PostFormAsync("/Cases/Retention/Schedule/UnconvertedEnquiry", new()
        {
            ["Input.KeepMonths"] = "3",
            ["Input.ReviewDays"] = "14",
        });
        var unknownType = await client.GetAsync("/Cases/Retention/Schedule/0", Ct);

        Assert.Contains(due.CaseNumber, list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, schedule.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownType.StatusCode);
        Assert.Contains("Kept until", await client.GetStringAsync("/Cases/Retention", Ct), StringComparison.Ordinal);
        await app.WithSystemDbAsync(async db =>
        {
            var rule = await db.Set<RetentionRule>().SingleAsync(Ct);
            Assert.Equal((RetentionRecordType.UnconvertedEnquiry, 3, 14, false), (rule.RecordType, rule.KeepMonths, rule.ReviewDays, rule.EraseWithoutReview));
            Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "retention.schedule-changed", Ct));
            Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "retention.extended" && e.ActorMemberId == admin.Id, Ct));
        });
    }

    [Fact]
    public async Task JobsPage_CountryAdminSeesOwnAgencyOnly_CaseWorkerRefused()
    {
        await using var app = await RetentionTests.StartAsync();
        await app.EnsureAgencyAsync("GB");
        await app.Services.GetRequiredService<JobRunner>().RunDueAsync(Ct);
        var admin = await app.CreateMemberAsync("NL", Roles.CountryAdmin);
        var worker = await app.CreateMemberAsync("NL", Roles.CaseWorker);

        var html = await (await app.SignInAsync(admin)).GetStringAsync("/Admin/Jobs", Ct);
        var refused = await (await app.SignInAsync(worker)).GetAsync("/Admin/Jobs", Ct);

        Assert.Contains("case-retention", html, StringComparison.Ordinal);
        Assert.Contains("<td>NL</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>GB</td>", html, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }
}
