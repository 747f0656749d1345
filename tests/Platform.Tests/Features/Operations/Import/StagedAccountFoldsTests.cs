using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.CrashResume;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Operations.Import;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Cli;
using static Platform.Tests.Features.Operations.Import.ImportWorld;

namespace Platform.Tests.Features.Operations.Import;

/// <summary>
/// The rows an import folds as it stages them must give the person build exactly what grouping the staged rows in the
/// database gives, and must be left unused whenever they are not all the operation holds.
/// </summary>
public sealed class StagedAccountFoldsTests
{
    private static readonly ImportKind[] Kinds = [ImportKind.Accounts, ImportKind.Logins, ImportKind.Payments, ImportKind.Attacks];

    [Fact]
    public async Task Facts_AllFilesStagedInThisProcess_SameAsGroupingInTheDatabase()
    {
        await using var app = new AppFactory();
        var operation = await CreateOperationAsync(app);
        var files = WriteDumps(app);
        var staged = new StagedAccountFolds();
        var imports = new List<Guid>();
        foreach (var kind in Kinds)
        {
            imports.Add(await RunAsync(app, operation, kind, files[kind], staged));
        }

        Assert.True(staged.Covers(imports));
        var fromDatabase = await FactsAsync(app, operation.Id, null);
        var fromStaging = await FactsAsync(app, operation.Id, staged);

        Assert.True(fromDatabase.Count > 300, $"{fromDatabase.Count} accounts");
        Assert.Equal(fromDatabase, fromStaging);
        // The edge rows are in: three payments (18 öre at the reference rate: 2 cents, where one by one each would round
        // to 1), two attacks (the third is a duplicate within its file), the smaller of two usernames.
        Assert.Contains(fromDatabase, f => f.StartsWith("edge-1|a-user|", StringComparison.Ordinal) && f.Contains("|3|2|2|", StringComparison.Ordinal));
        Assert.Contains(fromDatabase, f => f.StartsWith("007|zero-zero-seven|", StringComparison.Ordinal));
        Assert.Contains(fromDatabase, f => f.StartsWith("7|", StringComparison.Ordinal) && !f.Contains("zero-zero-seven", StringComparison.Ordinal));
        Assert.False(staged.Covers(imports), "The folds are taken once.");
    }

    [Theory]
    [InlineData("7", 7L)]
    [InlineData("0", 0L)]
    [InlineData("123456789012345678", 123456789012345678L)]
    [InlineData("007", null)]
    [InlineData("1234567890123456789", null)]
    [InlineData("-7", null)]
    [InlineData("+7", null)]
    [InlineData("7a", null)]
    [InlineData("٧", null)]
    [InlineData("", null)]
    public void CanonicalNumber_OnlyTheDecimalTextOfAValue(string id, long? expected) =>
        Assert.Equal(expected, StagedAccountFolds.CanonicalNumber(id));

    [Fact]
    public async Task Covers_ResumedImport_No()
    {
        await using var app = new AppFactory().WithSetting("Operations:ImportBatchSize", "2");
        var operation = await CreateOperationAsync(app);
        var path = WriteFile(app, "accounts.csv", "id,username\n1,a\n2,b\n3,c\n4,d\n5,e\n");
        var importId = await RegisterAsync(app, operation, ImportKind.Accounts, path);
        // The first run stops after its first batch (as a killed process would); the second resumes after it.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => app.WithScopeAsync(sp =>
            sp.GetRequiredService<ImportRunner>().RunAsync(importId, _ => throw new OperationCanceledException(), Ct)));
        var staged = new StagedAccountFolds();

        await app.WithScopeAsync(sp => sp.GetRequiredService<ImportRunner>().RunAsync(importId, _ => Task.CompletedTask, staged, Ct));

        Assert.False(staged.Covers([importId]));
        Assert.Equal(["1", "2", "3", "4", "5"], (await FactsAsync(app, operation.Id, staged)).Select(f => f.Split('|')[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Covers_DuplicatesOfAnEarlierFileRemovedAtTheFinish_No()
    {
        await using var app = new AppFactory();
        var operation = await CreateOperationAsync(app);
        var staged = new StagedAccountFolds();
        var first = await RunAsync(app, operation, ImportKind.Accounts, WriteFile(app, "a1.csv", "id,username\n1,a\n2,b\n"), staged);

        // Its rows repeat one of the first file's: the finish removes it, so the folds hold a row the database does not.
        var second = await RunAsync(app, operation, ImportKind.Accounts, WriteFile(app, "a2.csv", "id,username\n2,b\n3,c\n"), staged);

        Assert.False(staged.Covers([first, second]));
        Assert.False(staged.Covers([first]));
        Assert.Equal(3, (await FactsAsync(app, operation.Id, staged)).Count);
    }

    [Fact]
    public async Task Run_OperationHoldsAnEarlierProcessImport_FoldsNothing()
    {
        await using var app = new AppFactory();
        var operation = await CreateOperationAsync(app);
        var earlier = await RunAsync(app, operation, ImportKind.Accounts, WriteFile(app, "a1.csv", "id,username\n1,a\n2,b\n"), null);
        var staged = new StagedAccountFolds();

        var later = await RunAsync(app, operation, ImportKind.Attacks, WriteFile(app, "t1.csv", "userid,utime\n1,1700000000\n3,1700000000\n"), staged);

        // The build after it groups every row in SQL: folding this file would cost memory and time for nothing.
        Assert.Equal(0, staged.Accounts);
        Assert.False(staged.Covers([earlier, later]));
        Assert.Equal(["1", "2", "3"], (await FactsAsync(app, operation.Id, staged)).Select(f => f.Split('|')[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ImportCli_FoldedPersons_SameAsPersonsBuiltSeparately()
    {
        await using var app = new AppFactory();
        var folded = await CreateOperationAsync(app, "FOLDED");
        var separate = await CreateOperationAsync(app, "SEPARATE");
        var files = WriteDumps(app);
        string[] pairs = [.. Kinds.SelectMany(k => new[] { "--kind", k.ToString().ToLowerInvariant(), "--file", files[k] })];

        Assert.Equal(0, await CliAsync(app, "operations import", ["--operation", "FOLDED", .. pairs]));
        Assert.Equal(0, await CliAsync(app, "operations import", ["--operation", "SEPARATE", .. pairs, "--build-persons", "no"]));
        Assert.Equal(0, await CliAsync(app, "operations build-persons", ["--operation", "SEPARATE"]));

        var expected = await ImportSnapshot.TakeAsync(app, separate.Id, Ct);
        Assert.True(expected.PersonCount > 300, expected.Summary);
        ImportSnapshot.AssertSame(expected, await ImportSnapshot.TakeAsync(app, folded.Id, Ct));
    }

    /// <summary>Generated dumps plus edge rows: in-file duplicates, a quarantined row, disagreeing account rows, and
    /// payments in one currency over several payers whose sums round differently than the payments would one by one.</summary>
    private static Dictionary<ImportKind, string> WriteDumps(AppFactory app)
    {
        var folder = Path.Combine(app.DataDirectory, "dumps-" + Guid.NewGuid().ToString("N"));
        SyntheticDumps.Write(folder, accounts: 400, attacks: 3_000, seed: 11);
        File.AppendAllText(Path.Combine(folder, "accounts.csv"),
            "edge-1,b-user,edge@example.nl,192.0.2.10,1700000000,+31612345678\n" +
            "edge-1,a-user,edge@example.nl,192.0.2.11,1600000000,\n" +
            "edge-1,a-user,edge@example.nl,192.0.2.11,1600000000,\n" +
            "edge-2,broken,edge2@example.nl,192.0.2.12,not-a-date,\n" +
            // Not account 7: an id is its text, and only canonical numbers are looked up by their value.
            "007,zero-zero-seven,bond@example.gb,192.0.2.13,1700000000,\n");
        File.AppendAllText(Path.Combine(folder, "payments.csv"),
            "edge-1,0.06,SEK,1700000100,p1@example.nl,,NL\n" +
            "edge-1,0.06,SEK,1700000200,p2@example.nl,,NL\n" +
            "edge-1,0.06,SEK,1700000300,,bc1qedge,DE\n");
        File.AppendAllText(Path.Combine(folder, "attacks.csv"),
            "9000001,edge-1,203.0.113.1,60,UDP,1700000400\n9000001,edge-1,203.0.113.1,60,UDP,1700000400\n9000002,edge-1,203.0.113.1,60,UDP,1500000000\n");
        return Kinds.ToDictionary(k => k, k => Path.Combine(folder, k.ToString().ToLowerInvariant() + ".csv"));
    }

    private static async Task<Guid> RunAsync(AppFactory app, Operation operation, ImportKind kind, string path, StagedAccountFolds? staged)
    {
        var importId = await RegisterAsync(app, operation, kind, path);
        var result = await app.WithScopeAsync(sp => sp.GetRequiredService<ImportRunner>().RunAsync(importId, _ => Task.CompletedTask, staged, Ct));
        Assert.Equal(ImportStatus.Succeeded, result.Status);
        return importId;
    }

    /// <summary>Each account's facts as text, in account order.</summary>
    private static async Task<List<string>> FactsAsync(AppFactory app, Guid operationId, StagedAccountFolds? staged) =>
        await app.WithScopeAsync(async sp =>
        {
            var facts = new List<string>();
            await foreach (var f in sp.GetRequiredService<AccountAggregation>().ReadAsync(operationId, staged, Ct))
            {
                facts.Add(AccountFoldTests.Describe(f));
            }

            facts.Sort(StringComparer.Ordinal);
            return facts;
        });

    private static Task<int> CliAsync(AppFactory app, string name, string[] arguments) =>
        app.Services.GetServices<ICliCommand>().Single(c => c.Name == name).RunAsync(arguments, app.Services, Ct);
}
