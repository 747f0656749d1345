using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Operations.Import;
using static Platform.Tests.Features.Operations.Import.ImportWorld;

namespace Platform.Tests.Features.Operations.Import;

public sealed class ImportRunnerTests
{
    private const string AccountsCsv = """
        userID,user_name,E-Mail,user_ip,created_at,phone,dob
        1,alice,alice@example.nl,192.0.2.1,1700000000,+31612345678,2008-03-01
        2,"bob, jr",bob@example.fi,198.51.100.7,2023-11-14 22:13:20,,
        2,"bob, jr",bob@example.fi,198.51.100.7,2023-11-14 22:13:20,,
        3,carol,carol@example.se,not-an-ip,1700000000,,
        4,dave
        """;

    [Fact]
    public async Task Run_AccountsCsvWithAliases_ImportsQuarantinesAndCountsDuplicates()
    {
        await using var app = new AppFactory();
        var operation = await CreateOperationAsync(app);
        var result = await ImportAsync(app, operation, ImportKind.Accounts, WriteFile(app, "accounts.csv", AccountsCsv));

        var rows = await StagingRowsAsync(app, operation.Id);
        var quarantine = await QuarantineAsync(app, result.Id);
        Assert.Equal((ImportStatus.Succeeded, 5L, 2L, 1L, 2L), (result.Status, result.RowsCommitted, result.Imported, result.Duplicates, result.Quarantined));
        Assert.Equal(["1", "2"], rows.Select(r => r.AccountId));
        Assert.Equal(("alice", "alice@example.nl", "192.0.2.1", 1_700_000_000_000L, 17), (rows[0].Username, rows[0].Email, rows[0].Ip, rows[0].AtMs, rows[0].StatedAge));
        Assert.Equal("bob, jr", rows[1].Username);
        Assert.Equal([4L, 5L], quarantine.Select(q => q.RowNumber));
        Assert.Contains("not an IP address", quarantine[0].Reason, StringComparison.Ordinal);
        Assert.Contains("Expected 7 fields", quarantine[1].Reason, StringComparison.Ordinal);
        Assert.Equal("4,dave", quarantine[1].Raw);
        Assert.Equal(2, (await PersonsAsync(app, operation.Id)).Count);
    }

    [Fact]
    public async Task Run_ResumedAfterTheFirstOccurrenceWasCommitted_StillCountsItsDuplicate()
    {
        // One row per batch; the first run stops after bob's first row is committed, the second run meets his duplicate.
        await using var app = new AppFactory().WithSetting("Operations:ImportBatchSize", "1");
        var operation = await CreateOperationAsync(app);
        var importId = await RegisterAsync(app, operation, ImportKind.Accounts, WriteFile(app, "accounts.csv", AccountsCsv));
        var batches = 0;
        await Assert.ThrowsAsync<TimeoutException>(() => app.WithScopeAsync(sp => sp.GetRequiredService<ImportRunner>().RunAsync(
            importId, p => ++batches == 2 ? throw new TimeoutException("Stopped after two batches.") : Task.CompletedTask, Ct)));

        var result = await app.WithScopeAsync(sp => sp.GetRequiredService<ImportRunner>().RunAsync(importId, _ => Task.CompletedTask, Ct));

        Assert.Equal((ImportStatus.Succeeded, 5L, 2L, 1L, 2L), (result.Status, result.RowsCommitted, result.Imported, result.Duplicates, result.Quarantined));
        Assert.Equal(["1", "2"], (await StagingRowsAsync(app, operation.Id)).Select(r => r.AccountId));
    }

    [Fact]
    public async Task Run_SameFileTwice_SecondRunAddsNothing()
    {
        await using var app = new AppFactory();
        var operation = await CreateOperationAsync(app);
        var path = WriteFile(app, "accounts.csv", AccountsCsv);
        await ImportAsync(app, operation, ImportKind.Accounts, path);
        var first = await StagingRowsAsync(app, operation.Id);
        var copy = WriteFile(app, "accounts-copy.csv", AccountsCsv + "\n");
        var again = await ImportAsync(app, operation, ImportKind.Accounts, copy);

        var second = await StagingRowsAsync(app, operation.Id);
        Assert.Equal(first.Select(r => (r.AccountId, r.RowNumber, r.ImportId)), second.Select(r => (r.AccountId, r.RowNumber, r.ImportId)));
        Assert.Equal((0L, 3L), (again.Imported, again.Duplicates));
        Assert.Equal(2, (await PersonsAsync(app, operation.Id)).Count);
    }

    [Fact]
    public async Task Run_OverlappingFile_KeepsOnlyItsNewRowsAndTheirFirstOccurrence()
    {
        await using var app = new AppFactory();
        var operation = await CreateOperationAsync(app);
        const string header = "uid,userip,date\n";
        var first = await ImportAsync(app, operation, ImportKind.Logins, WriteFile(app, "logins-1.csv",
            header + "1,192.0.2.1,1700000000\n1,192.0.2.2,1700000100\n"));
        var overlap = await ImportAsync(app, operation, ImportKind.Logins, WriteFile(app, "logins-2.csv",
            header + "1,192.0.2.2,1700000100\n2,192.0.2.3,1700000200\n1,192.0.2.1,1700000000\n2,192.0.2.3,1700000200\n3,192.0.2.4,1700000300\n"));

        var rows = await StagingRowsAsync(app, operation.Id);
        Assert.Equal((2L, 0L), (first.Imported, first.Duplicates));
        Assert.Equal((ImportStatus.Succeeded, 2L, 3L), (overlap.Status, overlap.Imported, overlap.Duplicates));
        Assert.Equal([2L, 5L], rows.Where(r => r.ImportId == overlap.Id).Select(r => r.RowNumber).Order());
        Assert.Equal(4, rows.Count);
        Assert.Equal(3, (await PersonsAsync(app, operation.Id)).Count);
    }

    [Fact]
    public async Task Finish_OverlappingFileOnPostgres_FindsTheRowsThroughASummarizedIndex()
    {
        await using var app = new AppFactory();
        Assert.SkipUnless(app.Database.IsPostgres, "The staging rows' block-range index is PostgreSQL's; SQLite has a plain index.");
        var operation = await CreateOperationAsync(app);
        // Enough rows for complete ranges of pages: only those enter the index when summarized.
        var lines = Enumerable.Range(1, 20_000).Select(i => $"{i},192.0.2.{i % 250},{1_700_000_000 + i}").ToList();
        await ImportAsync(app, operation, ImportKind.Logins, WriteFile(app, "logins-1.csv", "uid,userip,date\n" + string.Join('\n', lines)));

        var overlap = await ImportAsync(app, operation, ImportKind.Logins, WriteFile(app, "logins-2.csv",
            "uid,userip,date\n" + string.Join('\n', lines.Take(10)) + "\n20001,192.0.2.1,1700000000\n"));

        Assert.Equal((ImportStatus.Succeeded, 1L, 10L), (overlap.Status, overlap.Imported, overlap.Duplicates));
        Assert.Equal(0, await UnsummarizedRangesAsync(app));
    }

    private static async Task<int> UnsummarizedRangesAsync(AppFactory app)
    {
        var (ranges, index) = (-1, $"\"{StagingIndex.Name}\"");
        await app.WithSystemDbAsync(async db => ranges = await db.Database
            .SqlQuery<int>($"SELECT brin_summarize_new_values({index}::regclass)::int AS \"Value\"").SingleAsync(Ct));
        return ranges;
    }

    [Theory]
    [InlineData(ImportKind.Logins, "uid,userip,date\n1,192.0.2.1,1700000000\n1,192.0.2.2,1700000100\n", "")]
    [InlineData(ImportKind.Logins, "{\"user_id\":1,\"ip\":\"192.0.2.1\",\"utime\":1700000000}\n{\"user_id\":1,\"ip\":\"192.0.2.2\",\"utime\":\"1700000100\"}\n", ".jsonl")]
    [InlineData(ImportKind.Payments, "user_id,amount,currency,date,payer_email,btc_address,country\n1,10.50,EUR,1700000000,p@example.nl,,NL\n1,9.50,EUR,1700000100,,bc1qxyz,NL\n", "")]
    [InlineData(ImportKind.Payments, "{\"userid\":\"1\",\"amount\":10.5,\"currency\":\"EUR\",\"date\":1700000000}\n{\"userid\":\"1\",\"amount\":\"9.50\",\"currency\":\"EUR\"}\n", ".jsonl")]
    [InlineData(ImportKind.Attacks, "id,userid,targetip,time,method,created_at\n1,1,203.0.113.9,60,UDP,1700000000\n2,1,203.0.113.9,60,UDP,1700000000\n", "")]
    [InlineData(ImportKind.Attacks, "{\"id\":1,\"user_id\":1,\"target\":\"x.example\",\"duration\":30,\"utime\":1700000000}\n{\"id\":2,\"user_id\":1,\"target\":\"x.example\",\"duration\":30,\"utime\":1700000000}\n", ".jsonl")]
    [InlineData(ImportKind.Accounts, "{\"id\":1,\"username\":\"a\",\"mail\":\"a@example.pt\",\"age\":16}\n{\"id\":2,\"username\":\"b\",\"mail\":\"b@example.pt\"}\n", ".jsonl")]
    public async Task Run_EachKindAndFormat_ImportsTwoRowsAndBuildsOnePersonPerAccount(ImportKind kind, string content, string extension)
    {
        await using var app = new AppFactory();
        var operation = await CreateOperationAsync(app);
        var result = await ImportAsync(app, operation, kind, WriteFile(app, $"{kind}{(extension.Length == 0 ? ".csv" : extension)}", content));

        var rows = await StagingRowsAsync(app, operation.Id);
        var persons = await PersonsAsync(app, operation.Id);
        Assert.Equal((ImportStatus.Succeeded, 2L, 0L), (result.Status, result.Imported, result.Quarantined));
        Assert.All(rows, r => Assert.Equal(kind, r.Kind));
        Assert.Equal(kind == ImportKind.Accounts ? 2 : 1, persons.Count);
        switch (kind)
        {
            case ImportKind.Logins: Assert.Equal(["192.0.2.1", "192.0.2.2"], rows.Select(r => r.Ip)); break;
            case ImportKind.Payments: Assert.Equal((2, 2000L, true), (persons[0].PaymentCount, persons[0].AmountPaidCents, persons[0].Paid)); break;
            case ImportKind.Attacks: Assert.Equal(2, persons[0].AttackCount); break;
            case ImportKind.Accounts: Assert.Equal(16, persons[0].StatedAge); break;
        }
    }

    [Fact]
    public async Task Register_InvalidUtf8_RefusedWithOffsetAndNothingImported()
    {
        await using var app = new AppFactory();
        var operation = await CreateOperationAsync(app);
        var path = Path.Combine(app.DataDirectory, "bad.csv");
        await File.WriteAllBytesAsync(path, [.. "id,username\n1,ok\n2,"u8.ToArray(), 0xC3, 0x28, (byte)'\n'], Ct);

        var outcome = await app.WithScopeAsync(sp => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<RegisterImportHandler>(sp).HandleAsync(Coordinator, operation.Id, new ImportFile(ImportKind.Accounts, ImportFormat.Csv, path, path), Ct));

        Assert.Contains("byte offset 19 (line 3)", outcome.Errors["File"][0], StringComparison.Ordinal);
        Assert.Empty(await StagingRowsAsync(app, operation.Id));
    }

    [Fact]
    public async Task Confirm_RequiredColumnMissing_ErrorBeforeAnyRow()
    {
        await using var app = new AppFactory();
        var operation = await CreateOperationAsync(app);
        var path = WriteFile(app, "logins.csv", "who,where\n1,192.0.2.1\n");

        var outcome = await app.WithScopeAsync(async sp =>
        {
            var import = (await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<RegisterImportHandler>(sp)
                .HandleAsync(Coordinator, operation.Id, new ImportFile(ImportKind.Logins, ImportFormat.Csv, path, path), Ct)).Value!;
            return await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ConfirmMappingHandler>(sp)
                .HandleAsync(Coordinator, import.Id, import.Mapping, enqueue: false, Ct);
        });

        Assert.Contains("account_id, ip, at", outcome.Errors["Mapping"][0], StringComparison.Ordinal);
        Assert.Empty(await StagingRowsAsync(app, operation.Id));
    }

    [Fact]
    public async Task Run_BrokenLines_QuarantinedWithReasonsAndGoodRowsKept()
    {
        await using var app = new AppFactory();
        var operation = await CreateOperationAsync(app);
        var csv = "user_id,amount,date\n1,5.00,1700000000\n2,abc,1700000000\n3,5.00,yesterday-ish\n4,\"unterminated,1\n";
        var jsonl = "{\"user_id\":1,\"ip\":\"192.0.2.1\",\"date\":1700000000}\n{\"user_id\":2,\n[1,2]\n";

        var payments = await ImportAsync(app, operation, ImportKind.Payments, WriteFile(app, "p.csv", csv));
        var logins = await ImportAsync(app, operation, ImportKind.Logins, WriteFile(app, "l.jsonl", jsonl));

        Assert.Equal((1L, 3L), (payments.Imported, payments.Quarantined));
        Assert.Equal(["amount: 'abc' is not an amount.", "at: 'yesterday-ish' is not a time.", "Unterminated quoted field."],
            (await QuarantineAsync(app, payments.Id)).Select(q => q.Reason));
        Assert.Equal((1L, 2L), (logins.Imported, logins.Quarantined));
        Assert.Equal([2L, 3L], (await QuarantineAsync(app, logins.Id)).Select(q => q.Line));
    }

    [Fact]
    public async Task Run_NulCharacterInAField_QuarantinedWithReasonAndTheRestImported()
    {
        await using var app = new AppFactory();
        var operation = await CreateOperationAsync(app);
        // Valid UTF-8 that PostgreSQL text cannot hold: before, it failed its whole batch on every run.
        var csv = "id,username,email,regdate\n1,ab\0c,a@example.nl,1700000000\n2,ok,b@example.nl,17000\000000\n3,fine,c@example.nl,1700000000\n";

        var import = await ImportAsync(app, operation, ImportKind.Accounts, WriteFile(app, "nul.csv", csv));

        Assert.Equal((ImportStatus.Succeeded, 1L, 2L), (import.Status, import.Imported, import.Quarantined));
        var quarantined = await QuarantineAsync(app, import.Id);
        Assert.Equal(["username contains a NUL character, which cannot be stored as text.", "registered_at contains a NUL character, which cannot be stored as text."],
            quarantined.Select(q => q.Reason));
        Assert.Equal("1,ab\uFFFDc,a@example.nl,1700000000", quarantined[0].Raw);
        Assert.Equal(["3"], (await StagingRowsAsync(app, operation.Id)).Select(r => r.AccountId));
    }

    [Fact]
    public async Task Register_NulCharacterInAColumnName_RefusedBeforeAnyRow()
    {
        await using var app = new AppFactory();
        var operation = await CreateOperationAsync(app);
        var path = WriteFile(app, "nul-header.csv", "id,user\0name\n1,a\n");

        var outcome = await app.WithScopeAsync(sp => sp.GetRequiredService<RegisterImportHandler>()
            .HandleAsync(Coordinator, operation.Id, new ImportFile(ImportKind.Accounts, ImportFormat.Csv, path, path), Ct));

        Assert.Contains("contains a NUL character", outcome.Errors["File"][0], StringComparison.Ordinal);
    }
}
