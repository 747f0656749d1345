using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Tests.Features.Operations.Import;
using Platform.Tests.Fuzzing;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Operations.Import;

namespace Platform.Tests.CrashResume;

/// <summary>
/// The import CLI (`operations import`) in its own OS process, SIGKILLed at seeded random points while it commits
/// batches or builds persons, then run again until it succeeds: the operation ends with exactly the rows, quarantined
/// rows, counts, persons, evidence and pseudonyms of the same files imported without interruption into a second
/// operation of the same database (same keys, so pseudonyms compare). SQLite by default, PostgreSQL with
/// INTERCOP_TEST_POSTGRES.
/// </summary>
public sealed class ImportCrashResumeTests
{
    private const int KillsPerFile = 2;
    private static readonly (ImportKind Kind, string File)[] Files =
        [(ImportKind.Accounts, "accounts.csv"), (ImportKind.Logins, "logins.csv"), (ImportKind.Payments, "payments.csv"), (ImportKind.Attacks, "attacks.csv")];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ImportCli_KilledAtRandomPointsThenRerun_EndsIdenticalToAnUninterruptedImport()
    {
        var watch = Stopwatch.StartNew();
        var random = new Random((int)(FuzzSettings.SeedFor("import-crash-resume") % int.MaxValue));
        await using var app = new AppFactory();
        await app.InitializeAsync();
        var folder = Path.Combine(app.DataDirectory, "seized");
        SyntheticDumps.Write(folder, accounts: 2000, attacks: 10_000, seed: 7);
        AppendBrokenLines(Path.Combine(folder, "accounts.csv"));
        var reference = await ImportWorld.CreateOperationAsync(app, "REFERENCE-RUN");
        var killedRun = await ImportWorld.CreateOperationAsync(app, "KILLED-RUN");
        var log = new List<string>();

        foreach (var (kind, file) in Files)
        {
            var path = Path.Combine(folder, file);
            Assert.Equal(0, await ImportProcess.RunToEndAsync(app, reference.Code, kind, path, Ct));

            var kills = 0;
            while (true)
            {
                using var process = ImportProcess.Start(app, killedRun.Code, kind, path);
                if (kills < KillsPerFile && await WaitForNextBatchAsync(app, killedRun.Id, kind, process))
                {
                    // The first kill of a file comes soon after a commit: a file imports in well under a second now, and
                    // a kill that lands after the process ended tests nothing. Later kills may land anywhere.
                    await Task.Delay(kills == 0 ? random.Next(0, 40) : random.Next(0, 400), Ct);
                    if (process.Kill())
                    {
                        kills++;
                        log.Add(await DescribeAsync(app, killedRun.Id, kind, $"{file}: kill {kills} at {watch.Elapsed.TotalSeconds:F1} s"));
                        continue;
                    }
                }

                Assert.Equal(0, await process.WaitAsync(Ct));
                break;
            }

            Assert.True(kills >= 1, $"{file} was imported before the first kill; nothing was tested.\n" + string.Join("\n", log));
        }

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n", log));
        var expected = await ImportSnapshot.TakeAsync(app, reference.Id, Ct);
        var actual = await ImportSnapshot.TakeAsync(app, killedRun.Id, Ct);
        Assert.True(expected.StagingRows > 10_000 && expected.PersonCount > 100 && expected.QuarantinedRows == 2, expected.Summary);
        ImportSnapshot.AssertSame(expected, actual);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{expected.Summary}; total {watch.Elapsed.TotalSeconds:F1} s"));
    }

    /// <summary>A row with too few fields and one with an unreadable registration date: both must end quarantined once.</summary>
    private static void AppendBrokenLines(string path) =>
        File.AppendAllText(path, "999001,only_two_fields\n999002,gamer_x,x@example.nl,192.0.2.1,not-a-date,\n");

    /// <summary>
    /// Waits until the killed run's import of <paramref name="kind"/> commits a batch beyond what it had, or the
    /// process ends; true when a batch was seen and the process still runs.
    /// </summary>
    private static async Task<bool> WaitForNextBatchAsync(AppFactory app, Guid operationId, ImportKind kind, ImportProcess process)
    {
        var before = await CommittedAsync(app, operationId, kind);
        var deadline = Stopwatch.StartNew();
        while (!process.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            var now = await CommittedAsync(app, operationId, kind);
            if (now.Rows > before.Rows || (now.Succeeded && !before.Succeeded))
            {
                return !process.HasExited;
            }

            await Task.Delay(20, Ct);
        }

        return false;
    }

    private static async Task<(long Rows, bool Succeeded)> CommittedAsync(AppFactory app, Guid operationId, ImportKind kind)
    {
        (long, bool) result = (0, false);
        await app.WithSystemDbAsync(async db =>
        {
            var import = await db.Set<OperationImport>().AsNoTracking().Where(i => i.OperationId == operationId && i.Kind == kind)
                .Select(i => new { i.RowsCommitted, i.Status }).SingleOrDefaultAsync(Ct);
            result = import is null ? (0, false) : (import.RowsCommitted, import.Status == ImportStatus.Succeeded);
        });
        return result;
    }

    private static async Task<string> DescribeAsync(AppFactory app, Guid operationId, ImportKind kind, string prefix)
    {
        var (rows, succeeded) = await CommittedAsync(app, operationId, kind);
        int persons = 0;
        await app.WithSystemDbAsync(async db => persons = await db.OperationPersons.IgnoreQueryFilters().CountAsync(p => p.OperationId == operationId, Ct));
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}: {rows} rows committed, {(succeeded ? "import done (persons being built)" : "importing")}, {persons} persons");
    }
}
