using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Tests.Features.Cases.Protection;
using Platform.Tests.Fuzzing;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Cases.Protection.Retention;
using Platform.Web.Features.Cases.Protection.Statistics;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Jobs;

namespace Platform.Tests.CrashResume;

/// <summary>
/// The retention job in the real server process, SIGKILLed at seeded random points while it erases, restarted until it
/// finishes: every due case is erased exactly once (one deletion certificate, one statistics row), no other case is
/// touched, and the audit chain still verifies. SQLite by default, PostgreSQL with INTERCOP_TEST_POSTGRES.
/// </summary>
public sealed class RetentionCrashResumeTests
{
    private const int DueCases = 200;
    private const int KeptCases = 10;
    private const int Kills = 4;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(2);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RetentionJob_KilledAtRandomPoints_ErasesEveryDueCaseExactlyOnce()
    {
        var watch = Stopwatch.StartNew();
        var random = new Random((int)(FuzzSettings.SeedFor("crash-resume") % int.MaxValue));
        await using var app = new AppFactory();
        await app.InitializeAsync();
        var worker = await app.CreateMemberAsync("NL", Roles.CaseWorker, twoFactor: false);
        var now = app.Clock.GetUtcNow();
        var due = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < DueCases; i++)
        {
            due.Add((await app.CreateCompletedCaseAsync("NL", worker.Id, now.AddYears(-7))).CaseId.ToString());
        }

        var kept = new List<Guid>();
        for (var i = 0; i < KeptCases; i++)
        {
            kept.Add((await app.CreateCompletedCaseAsync("NL", worker.Id, now.AddMonths(-2))).CaseId);
        }

        var keptBefore = await CaseRowsAsync(app, kept);
        var log = new List<string> { string.Create(CultureInfo.InvariantCulture, $"seeded in {watch.Elapsed.TotalSeconds:F1} s") };

        var killed = 0;
        long lastDone = -1;
        while (true)
        {
            using var server = ServerProcess.Start(app, Lease);
            var job = await WaitAsync(app, j => j.State == JobState.Succeeded || (j.State == JobState.Running && j.Done > lastDone && j.Done > 0));
            if (killed < Kills && job.State != JobState.Succeeded)
            {
                await Task.Delay(random.Next(0, 800), Ct);
                server.Kill();
                killed++;
                job = await WaitAsync(app, _ => true);
                lastDone = job.Done;
                log.Add(string.Create(CultureInfo.InvariantCulture, $"kill {killed} at {watch.Elapsed.TotalSeconds:F1} s: {job.State}, {job.Done}/{job.Total} done, attempt {job.Attempts}"));
                continue;
            }

            job = await WaitAsync(app, j => j.State is JobState.Succeeded or JobState.Failed);
            log.Add(string.Create(CultureInfo.InvariantCulture, $"finished at {watch.Elapsed.TotalSeconds:F1} s: {job.State} {job.Summary ?? job.Error}"));
            Assert.Equal(JobState.Succeeded, job.State);
            break;
        }

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n", log));
        Assert.True(killed >= 1, "The job finished before the first kill; nothing was tested.\n" + string.Join("\n", log));
        await app.WithSystemDbAsync(async db =>
        {
            var certificates = await db.AuditEntries.Where(e => e.Action == "retention.erased").Select(e => e.RecordId!).ToListAsync(Ct);
            var twice = certificates.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(twice.Count == 0, $"Cases certified more than once: {string.Join(", ", twice)}");
            Assert.True(due.SetEquals(certificates), $"{due.Except(certificates).Count()} erased case(s) without a certificate, {certificates.Except(due).Count()} certificate(s) for other records.");
            Assert.Equal(DueCases, await db.Set<CaseStatisticsRow>().CountAsync(Ct));
            Assert.Equal(KeptCases, await db.Cases.CountAsync(Ct));
            foreach (var type in CaseEraser.ChildTypesInDeleteOrder(db.Model))
            {
                var left = await CaseIdsAsync(db, type.ClrType);
                Assert.True(!left.Any(id => due.Contains(id.ToString())), $"{type.ClrType.Name} still holds rows of erased cases.");
            }
        });
        Assert.Equal(keptBefore, await CaseRowsAsync(app, kept));
        Assert.Equal(0, await AuditVerifyAsync(app));
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total {watch.Elapsed.TotalSeconds:F1} s"));
    }

    private static async Task<Job> WaitAsync(AppFactory app, Func<Job, bool> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            Job? job = null;
            await app.WithSystemDbAsync(async db => job = await db.Set<Job>().AsNoTracking()
                .Where(j => j.Kind == RetentionJob.JobKind && j.AgencyCode == "NL").OrderByDescending(j => j.CreatedAt).FirstOrDefaultAsync(Ct));
            if (job is not null && condition(job))
            {
                return job;
            }

            await Task.Delay(50, Ct);
        }

        throw new TimeoutException("The retention job made no progress within 60 s.");
    }

    /// <summary>Each kept case's row and the number of its child rows per table, rendered for comparison.</summary>
    private static async Task<string> CaseRowsAsync(AppFactory app, List<Guid> ids)
    {
        var rows = new List<string>();
        await app.WithSystemDbAsync(async db =>
        {
            foreach (var c in await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.CaseNumber).ToListAsync(Ct))
            {
                rows.Add($"{c.Id} {c.CaseNumber} {c.Stage} {c.UpdatedAt.UtcTicks} {c.NameProtected}");
            }

            foreach (var type in CaseEraser.ChildTypesInDeleteOrder(db.Model))
            {
                var left = await CaseIdsAsync(db, type.ClrType);
                rows.Add($"{type.ClrType.Name}: {left.Count(ids.Contains)}");
            }
        });
        return string.Join("\n", rows);
    }

    private static async Task<List<Guid>> CaseIdsAsync(AppDbContext db, Type type)
    {
        var method = typeof(RetentionCrashResumeTests).GetMethod(nameof(CaseIdsOfAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type);
        return await (Task<List<Guid>>)method.Invoke(null, [db])!;
    }

    private static async Task<List<Guid>> CaseIdsOfAsync<T>(AppDbContext db) where T : class =>
        (await db.Set<T>().IgnoreQueryFilters().AsNoTracking().ToListAsync(Ct))
            .Select(e => db.Entry(e).Property(CaseEraser.CaseIdProperty).CurrentValue)
            .OfType<Guid>()
            .ToList();

    /// <summary>`audit verify` in its own process, on the same database; its exit code.</summary>
    private static async Task<int> AuditVerifyAsync(AppFactory app)
    {
        var start = PlatformProcess.StartInfo(app, "audit", "verify");
        start.RedirectStandardError = false; // only stdout is read here
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        TestContext.Current.TestOutputHelper?.WriteLine(output);
        return process.ExitCode;
    }
}
