using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Cases.Protection.Retention;
using Platform.Web.Features.Cases.Protection.Statistics;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Jobs;

namespace Platform.Tests.Features.Cases.Protection;

/// <summary>Retention runs on a clock the test controls: nothing goes early, everything goes on the day.</summary>
public sealed class RetentionTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RetentionJob_DayBeforeAndOnDueDate_ErasesNothingThenEverything()
    {
        await using var app = await StartAsync();
        var worker = await app.CreateMemberAsync("NL", Roles.CaseWorker);
        var arranged = await app.CreateCompletedCaseAsync("NL", worker.Id, app.Clock.GetUtcNow().AddMonths(-24 - 60).AddDays(20));
        var other = await app.CreateCompletedCaseAsync("NL", worker.Id, app.Clock.GetUtcNow().AddMonths(-2));
        var due = await DueOnAsync(app, arranged.CaseId);

        MoveTo(app, due.AddDays(-1), new TimeOnly(23, 0));
        await RunDueAsync(app);
        Assert.Equal(2, await CountCasesAsync(app));

        MoveTo(app, due, new TimeOnly(2, 1));
        await RunDueAsync(app);

        await app.WithSystemDbAsync(async db =>
        {
            foreach (var type in CaseEraser.ChildTypesInDeleteOrder(db.Model))
            {
                Assert.Equal(0, await CountWhereCaseIdAsync(db, type.ClrType, arranged.CaseId));
            }

            Assert.False(await db.Cases.AnyAsync(c => c.Id == arranged.CaseId, Ct));
            Assert.False(await db.CaseEnquiries.AnyAsync(e => e.Id == arranged.EnquiryId, Ct));
            Assert.True(await db.Cases.AnyAsync(c => c.Id == other.CaseId, Ct));
            Assert.True(await db.SessionRecords.AnyAsync(s => s.CaseId == other.CaseId, Ct));
            var row = await db.Set<CaseStatisticsRow>().SingleAsync(Ct);
            Assert.Equal(("NL", StatisticsOrigin.Case, "hack-right", 2), (row.AgencyCode, row.Origin, row.ProgrammeKey, row.ProgrammeVersion));
            Assert.Equal(StatisticsAgeBand.From16To17, row.AgeBand);
            Assert.Equal(ReferralSourceType.Prosecutor, row.ReferralSource);
            Assert.Equal(StatisticsEligibility.Eligible, row.Eligibility);
            Assert.Equal(StatisticsEnding.Completed, row.Ending);
            Assert.Equal(StatisticsAnswer.No, row.ReoffendedAt12Months);
            var certificate = await db.AuditEntries.SingleAsync(e => e.Action == "retention.erased", Ct);
            Assert.Equal(arranged.CaseId.ToString(), certificate.RecordId);
            Assert.Contains(arranged.CaseNumber, certificate.Details, StringComparison.Ordinal);
            Assert.Contains("CaseSessions 2", certificate.Details, StringComparison.Ordinal);
            Assert.DoesNotContain("Test Person", certificate.Details, StringComparison.Ordinal);
            var job = await db.Set<Job>().Where(j => j.Kind == RetentionJob.JobKind && j.AgencyCode == "NL").OrderBy(j => j.DueAt).LastAsync(Ct);
            Assert.Equal(JobState.Succeeded, job.State);
        });
        var verification = await app.Services.GetRequiredService<AuditChainVerifier>().VerifyAsync(Ct);
        Assert.Null(verification.Break);
    }

    [Fact]
    public async Task RetentionJob_LegalHold_KeepsCaseUntilHoldDateThenErases()
    {
        await using var app = await StartAsync();
        var admin = await app.CreateMemberAsync("NL", Roles.CountryAdmin);
        var arranged = await app.CreateCompletedCaseAsync("NL", admin.Id, app.Clock.GetUtcNow().AddMonths(-24 - 60).AddDays(10));
        var due = await DueOnAsync(app, arranged.CaseId);
        var holdUntil = due.AddDays(30);

        var decided = await DecideAsync(app, admin, arranged.CaseId, RetentionDecision.Extended, holdUntil, "Court case pending (legal hold)");
        Assert.False(decided.IsInvalid);
        MoveTo(app, due, new TimeOnly(3, 0));
        await RunDueAsync(app);
        Assert.Equal(1, await CountCasesAsync(app));

        MoveTo(app, holdUntil, new TimeOnly(3, 0));
        await RunDueAsync(app);
        Assert.Equal(0, await CountCasesAsync(app));
        await app.WithSystemDbAsync(async db =>
            Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "retention.extended" && e.Reason!.Contains("legal hold"), Ct)));
    }

    [Fact]
    public async Task RetentionJob_ScheduleRequiresReview_UnreviewedWaitsApprovedGoes()
    {
        await using var app = await StartAsync();
        var admin = await app.CreateMemberAsync("NL", Roles.CountryAdmin);
        var arranged = await app.CreateCompletedCaseAsync("NL", admin.Id, app.Clock.GetUtcNow().AddMonths(-24 - 60).AddDays(10));
        await app.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<AppDbContext>().Scope.ActAs("NL");
            var result = await sp.GetRequiredService<UpdateRetentionRuleHandler>().HandleAsync(Actor(admin), RetentionRecordType.ProgrammeEnded,
                new RetentionRuleInput { KeepMonths = 60, ReviewDays = 30, EraseWithoutReview = false }, Ct);
            Assert.False(result.IsInvalid);
        });
        var due = await DueOnAsync(app, arranged.CaseId);

        MoveTo(app, due.AddDays(2), new TimeOnly(3, 0));
        await RunDueAsync(app);
        Assert.Equal(1, await CountCasesAsync(app));

        await DecideAsync(app, admin, arranged.CaseId, RetentionDecision.Approved, null, "Nothing requires keeping it");
        MoveTo(app, due.AddDays(3), new TimeOnly(3, 0));
        await RunDueAsync(app);
        Assert.Equal(0, await CountCasesAsync(app));
    }

    [Fact]
    public async Task RetentionJob_UnconvertedEnquiry_ErasedAfterSixMonthsWithStatisticsRow()
    {
        await using var app = await StartAsync();
        var worker = await app.CreateMemberAsync("NL", Roles.CaseWorker);
        var received = app.Clock.GetUtcNow().AddMonths(-6).AddDays(5);
        await app.WithSystemDbAsync(async db =>
        {
            db.Add(new CaseEnquiry
            {
                AgencyCode = "NL", AgeBand = AgeBand.From12To15, ReferralSource = ReferralSourceType.School,
                ConcernSummary = "Booter use reported by a teacher", ReceivedAt = received, RecordedById = worker.Id,
            });
            await db.SaveChangesAsync(Ct);
        });
        var due = DateOnly.FromDateTime(received.UtcDateTime).AddMonths(6);

        MoveTo(app, due.AddDays(-1), new TimeOnly(12, 0));
        await RunDueAsync(app);
        await app.WithSystemDbAsync(async db => Assert.Equal(1, await db.CaseEnquiries.CountAsync(Ct)));

        MoveTo(app, due, new TimeOnly(12, 0));
        await RunDueAsync(app);
        await app.WithSystemDbAsync(async db =>
        {
            Assert.Equal(0, await db.CaseEnquiries.CountAsync(Ct));
            var row = await db.Set<CaseStatisticsRow>().SingleAsync(Ct);
            Assert.Equal((StatisticsOrigin.Enquiry, StatisticsAgeBand.From12To15, ReferralSourceType.School), (row.Origin, row.AgeBand, row.ReferralSource));
        });
    }

    [Fact]
    public async Task DecideRetention_OutsideReviewWindowOrOtherAgency_NotFound()
    {
        await using var app = await StartAsync();
        var admin = await app.CreateMemberAsync("NL", Roles.CountryAdmin);
        var gbAdmin = await app.CreateMemberAsync("GB", Roles.CountryAdmin);
        var recent = await app.CreateCompletedCaseAsync("NL", admin.Id, app.Clock.GetUtcNow().AddMonths(-3));
        var old = await app.CreateCompletedCaseAsync("NL", admin.Id, app.Clock.GetUtcNow().AddMonths(-24 - 60).AddDays(10));

        Assert.True((await DecideAsync(app, admin, recent.CaseId, RetentionDecision.Approved, null, "Too early to decide")).IsNotFound);
        Assert.True((await DecideAsync(app, gbAdmin, old.CaseId, RetentionDecision.Approved, null, "Another country's case")).IsNotFound);
        Assert.True((await DecideAsync(app, admin, old.CaseId, RetentionDecision.Extended, null, "Hold without a date")).IsInvalid);
    }

    internal static async Task<AppFactory> StartAsync()
    {
        var app = new AppFactory();
        await app.InitializeAsync();
        await app.EnsureAgencyAsync("NL");
        return app;
    }

    private static NetworkActor Actor(TestMember member) => new(member.Id, member.AgencyCode, false, true);

    private static async Task<Outcome<RetentionItem>> DecideAsync(
        AppFactory app, TestMember admin, Guid caseId, RetentionDecision decision, DateOnly? holdUntil, string reason) =>
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            using var scope = db.Scope.ActAs(admin.AgencyCode!);
            return await sp.GetRequiredService<DecideRetentionHandler>().HandleAsync(Actor(admin), caseId,
                new RetentionDecisionInput { Decision = decision, HoldUntil = holdUntil, Reason = reason }, Ct);
        });

    private static async Task<DateOnly> DueOnAsync(AppFactory app, Guid caseId) =>
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            using var scope = db.Scope.ActAs("NL");
            return (await sp.GetRequiredService<RetentionPlanner>().ItemsAsync("NL", Ct)).Single(i => i.CaseId == caseId).DueOn;
        });

    private static void MoveTo(AppFactory app, DateOnly localDate, TimeOnly localTime)
    {
        var utc = TimeZoneInfo.ConvertTimeToUtc(localDate.ToDateTime(localTime), Amsterdam);
        app.Clock.SetUtcNow(new DateTimeOffset(utc, TimeSpan.Zero));
    }

    private static async Task RunDueAsync(AppFactory app) =>
        await app.Services.GetRequiredService<JobRunner>().RunDueAsync(Ct);

    private static async Task<int> CountCasesAsync(AppFactory app)
    {
        var count = 0;
        await app.WithSystemDbAsync(async db => count = await db.Cases.CountAsync(Ct));
        return count;
    }

    private static async Task<int> CountWhereCaseIdAsync(AppDbContext db, Type type, Guid caseId)
    {
        var method = typeof(RetentionTests).GetMethod(nameof(CountGenericAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type);
        return await (Task<int>)method.Invoke(null, [db, caseId])!;
    }

    private static async Task<int> CountGenericAsync<T>(AppDbContext db, Guid caseId) where T : class =>
        (await db.Set<T>().IgnoreQueryFilters().ToListAsync(Ct))
            .Count(e => db.Entry(e).Property(CaseEraser.CaseIdProperty).CurrentValue is Guid id && id == caseId);
}
