using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Cases.Work;
using static Platform.Tests.Features.Cases.Work.CaseTestWorld;

namespace Platform.Tests.Features.Cases.Work;

public sealed class CaseLifecycleTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public async ValueTask InitializeAsync()
    {
        await _app.InitializeAsync();
        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero)); // a Monday
        await _app.AdoptAsync("NL");
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private DateOnly Today => DateOnly.FromDateTime(_app.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Lifecycle_ReferralToTwelveMonthFollowUp_CreatesFollowUpsAndTasksOnSchedule()
    {
        var @case = await _app.ReferAsync("NL", age: 15);
        Assert.Matches(@"^NL-2027-\d{4}$", @case.CaseNumber);
        Assert.Equal(15, @case.AgeAtReferral);

        var decision = await _app.RunAsync<RecordEligibilityHandler, EligibilityDecision>("NL", h => h.HandleAsync(Officer("NL"), @case.Id, Eligible(1)));
        Assert.True(decision.IsOk);
        Assert.Equal(5, decision.Value!.Criteria.Count); // every criterion of the version, unanswered ones Unknown
        Assert.Equal(CriterionResultValue.Unknown, decision.Value.Criteria.Single(c => c.CriterionKey == "confessed").Result);

        await _app.RunAsync<RecordConsentHandler, ConsentRecord>("NL", h => h.HandleAsync(Officer("NL"), @case.Id, Consent(2, ConsentPerson.YoungPerson, Today)));
        var refused = await _app.RunAsync<EnrolHandler, Case>("NL", h => h.HandleAsync(Officer("NL"), @case.Id, new VersionInput { Version = 3 }));
        Assert.Contains("guardian", Assert.Single(refused.Errors[""]), StringComparison.OrdinalIgnoreCase);

        await _app.RunAsync<RecordConsentHandler, ConsentRecord>("NL", h => h.HandleAsync(Officer("NL"), @case.Id, Consent(3, ConsentPerson.Guardian, Today)));
        Assert.True((await _app.RunAsync<EnrolHandler, Case>("NL", h => h.HandleAsync(Officer("NL"), @case.Id, new VersionInput { Version = 4 }))).IsOk);

        var module = await _app.RunAsync<PlanModuleHandler, PlannedModule>("NL", h => h.HandleAsync(Officer("NL"), @case.Id,
            new PlanModuleInput { Version = 5, ModuleKey = "training", Reason = "Needs to learn the legal limits." }));
        Assert.Equal(480, module.Value!.PlannedMinutes);

        var session = await _app.RunAsync<RecordSessionHandler, SessionRecord>("NL", h => h.HandleAsync(Officer("NL"), @case.Id, new SessionInput
        {
            Version = 6, PlannedModuleId = module.Value.Id, ScheduledOn = Today, Status = SessionStatus.Delivered, DeliveredMinutes = 110,
            FidelityItemsDone = ["Legal limits covered"], Deviation = "Shorter", DeviationReason = "Fire drill",
        }));
        Assert.True(session.IsOk);

        var ended = await _app.RunAsync<EndProgrammeHandler, Case>("NL", h => h.HandleAsync(Officer("NL"), @case.Id,
            new EndProgrammeInput { Version = 7, End = ProgrammeEnd.Completed, EndedOn = Today }));
        Assert.Equal(CaseStage.Completed, ended.Value!.Stage);

        List<FollowUp> followUps = [];
        List<CaseTask> tasks = [];
        await _app.WithSystemDbAsync(async db =>
        {
            followUps = await db.FollowUps.Where(f => f.CaseId == @case.Id).OrderBy(f => f.MonthsAfterEnd).ToListAsync();
            tasks = await db.CaseTasks.Where(t => t.CaseId == @case.Id && t.Kind == CaseTaskKind.FollowUp).ToListAsync();
        });
        Assert.Equal([6, 12, 24], followUps.Select(f => f.MonthsAfterEnd));
        Assert.Equal([Today.AddMonths(6), Today.AddMonths(12), Today.AddMonths(24)], followUps.Select(f => f.DueOn));
        Assert.Equal(3, tasks.Count);

        var twelve = followUps[1];
        var early = await _app.RunAsync<RecordFollowUpHandler, FollowUp>("NL", h => h.HandleAsync(Officer("NL"), @case.Id, twelve.Id,
            new FollowUpInput { Version = 8, Outcome = FollowUpOutcome.NoNewOffenceKnown }));
        Assert.Contains("due on", early.Errors[""][0], StringComparison.Ordinal);

        _app.Clock.Advance(TimeSpan.FromDays(370));
        var overdue = await _app.AsAgencyAsync("NL", sp => sp.GetRequiredService<CaseQueries>().TasksAsync(Officer("NL"), Today));
        Assert.Equal(2, overdue.Items.Count(t => t.Kind == CaseTaskKind.FollowUp));
        Assert.All(overdue.Items.Where(t => t.Kind == CaseTaskKind.FollowUp), t => Assert.True(t.IsOverdue));

        var recorded = await _app.RunAsync<RecordFollowUpHandler, FollowUp>("NL", h => h.HandleAsync(Officer("NL"), @case.Id, twelve.Id, new FollowUpInput
        {
            Version = 8, Outcome = FollowUpOutcome.NewOffenceReported, NewOffenceDate = Today.AddMonths(-2), NewOffenceType = CaseOffenceType.DdosForHire, Source = "Prosecution register",
        }));
        Assert.True(recorded.IsOk, string.Join("; ", recorded.Errors.SelectMany(e => e.Value)));
        var left = await _app.AsAgencyAsync("NL", sp => sp.GetRequiredService<CaseQueries>().TasksAsync(Officer("NL"), Today));
        Assert.Single(left.Items, t => t.Kind == CaseTaskKind.FollowUp);
    }

    [Fact]
    public async Task DropOut_SchedulesFollowUpsToo_AndNeedsAReason()
    {
        var @case = await _app.ReferAsync("NL", age: 19);
        await _app.RunAsync<RecordEligibilityHandler, EligibilityDecision>("NL", h => h.HandleAsync(Officer("NL"), @case.Id, Eligible(1)));
        var noReason = await _app.RunAsync<EndProgrammeHandler, Case>("NL", h => h.HandleAsync(Officer("NL"), @case.Id,
            new EndProgrammeInput { Version = 2, End = ProgrammeEnd.DroppedOut, EndedOn = Today }));
        Assert.True(noReason.Errors.ContainsKey(nameof(EndProgrammeInput.Reason)));

        var dropped = await _app.RunAsync<EndProgrammeHandler, Case>("NL", h => h.HandleAsync(Officer("NL"), @case.Id,
            new EndProgrammeInput { Version = 2, End = ProgrammeEnd.DroppedOut, EndedOn = Today, Reason = "Moved abroad" }));
        Assert.Equal(CaseStage.DroppedOut, dropped.Value!.Stage);
        await _app.WithSystemDbAsync(async db => Assert.Equal(3, await db.FollowUps.CountAsync(f => f.CaseId == @case.Id)));
    }

    [Fact]
    public async Task Eligibility_WithoutDecisionOrReason_IsRefused_AndNotEligibleClosesTheCase()
    {
        var @case = await _app.ReferAsync("NL");
        var blank = await _app.RunAsync<RecordEligibilityHandler, EligibilityDecision>("NL", h => h.HandleAsync(Officer("NL"), @case.Id, new EligibilityInput
        {
            Version = 1,
            Criteria = [.. new[] { "first-offence", "confessed", "age", "not-very-serious", "willing" }.Select(k => new CriterionInput { Key = k, Result = CriterionResultValue.Met })],
        }));
        Assert.True(blank.Errors.ContainsKey(nameof(EligibilityInput.Outcome)), "all criteria met must not decide by itself");
        Assert.True(blank.Errors.ContainsKey(nameof(EligibilityInput.Reason)));
        Assert.Equal(CaseStage.Referred, (await _app.CaseAsync(@case.Id)).Stage);

        var rejected = await _app.RunAsync<RecordEligibilityHandler, EligibilityDecision>("NL", h => h.HandleAsync(Officer("NL"), @case.Id, new EligibilityInput
        {
            Version = 1, Outcome = EligibilityOutcome.NotEligible, Reason = "Earlier hacking conviction in 2024.", SignpostingNote = "Referred to youth care.",
            Criteria = [new CriterionInput { Key = "first-offence", Result = CriterionResultValue.NotMet, Evidence = "Conviction 2024" }],
        }));
        Assert.True(rejected.IsOk);
        var closed = await _app.CaseAsync(@case.Id);
        Assert.Equal((CaseStage.Closed, CaseClosureReason.NotEligible, "Referred to youth care."), (closed.Stage, closed.ClosureReason!.Value, closed.ClosureNote!));
    }

    [Fact]
    public async Task IllegalTransitions_AreRefusedWithAClearError()
    {
        var @case = await _app.ReferAsync("NL");
        var enrol = await _app.RunAsync<EnrolHandler, Case>("NL", h => h.HandleAsync(Officer("NL"), @case.Id, new VersionInput { Version = 1 }));
        Assert.Equal("Only an eligible case can be enrolled.", Assert.Single(enrol.Errors[""]));
        var complete = await _app.RunAsync<EndProgrammeHandler, Case>("NL", h => h.HandleAsync(Officer("NL"), @case.Id,
            new EndProgrammeInput { Version = 1, End = ProgrammeEnd.Completed, EndedOn = Today }));
        Assert.Equal("Only an enrolled case can be completed.", Assert.Single(complete.Errors[""]));
        Assert.False(CaseStateMachine.Allows(CaseStage.Closed, CaseAction.RecordEligibility));
        Assert.Empty(CaseStateMachine.AllowedIn(CaseStage.Closed));
    }

    [Fact]
    public async Task StaleVersion_IsAConflict_AndNothingIsWritten()
    {
        var @case = await _app.ReferAsync("NL");
        Assert.True((await _app.RunAsync<RecordEligibilityHandler, EligibilityDecision>("NL", h => h.HandleAsync(Officer("NL"), @case.Id, Eligible(1)))).IsOk);
        var stale = await _app.RunAsync<RecordConsentHandler, ConsentRecord>("NL", h => h.HandleAsync(Officer("NL"), @case.Id, Consent(1, ConsentPerson.YoungPerson, Today)));
        Assert.Equal(2, stale.ConflictVersion);
        await _app.WithSystemDbAsync(async db => Assert.False(await db.ConsentRecords.AnyAsync(c => c.CaseId == @case.Id)));
    }

    [Fact]
    public async Task AnotherAgency_GetsNotFound_AndCannotChangeTheCase()
    {
        await _app.AdoptAsync("GB", "cyber-choices");
        var @case = await _app.ReferAsync("NL");
        var fromGb = await _app.RunAsync<RecordEligibilityHandler, EligibilityDecision>("GB", h => h.HandleAsync(Officer("GB"), @case.Id, Eligible(1)));
        Assert.True(fromGb.IsNotFound);
        Assert.Null(await _app.AsAgencyAsync("GB", sp => sp.GetRequiredService<CaseDetailQuery>().FindAsync(@case.Id)));
        Assert.Equal(CaseStage.Referred, (await _app.CaseAsync(@case.Id)).Stage);
    }

    [Fact]
    public async Task Referral_StoresIdentityOnlyAsCiphertext_NotReadableInTheDatabaseFile()
    {
        const string name = "Jorinde Plaintextova";
        var @case = await _app.ReferAsync("NL", name: name);
        var stored = await _app.CaseAsync(@case.Id);
        Assert.DoesNotContain(name, stored.NameProtected!, StringComparison.Ordinal);
        Assert.DoesNotContain("Guardian Person", stored.GuardianNameProtected!, StringComparison.Ordinal);
        var protector = _app.Services.GetRequiredService<Platform.Web.Infrastructure.Protection.IAgencyDataProtector>();
        Assert.Equal(name, protector.Unprotect("NL", stored.NameProtected!));

        if (!_app.Database.IsPostgres)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var file = Directory.EnumerateFiles(_app.DataDirectory, "*.db*", SearchOption.AllDirectories).ToList();
            Assert.NotEmpty(file);
            foreach (var path in file)
            {
                var bytes = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
                Assert.DoesNotContain(name, System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
                Assert.DoesNotContain(name, System.Text.Encoding.Unicode.GetString(bytes), StringComparison.Ordinal);
            }
        }
    }
}
