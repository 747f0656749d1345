using System.Data.Common;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Features.Audit;

/// <summary>The database itself refuses to change history, whatever the application does.</summary>
public sealed class AuditTriggerTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("""UPDATE "AuditEntries" SET "Details" = 'rewritten' WHERE "Sequence" = 1""")]
    [InlineData("""UPDATE "AuditEntries" SET "AgencyCode" = 'BE'""")]
    [InlineData("""DELETE FROM "AuditEntries" WHERE "Sequence" = 1""")]
    [InlineData("DELETE FROM \"AuditEntries\"")]
    [InlineData("""UPDATE "AuditChainHead" SET "LastSequence" = 0""")]
    [InlineData("""UPDATE "AuditChainHead" SET "LastHash" = '1111111111111111111111111111111111111111111111111111111111111111'""")]
    [InlineData("DELETE FROM \"AuditChainHead\"")]
    public async Task Sql_ChangingHistory_IsRefusedByTheDatabase(string sql)
    {
        await app.RecordManyAsync(3);
        var before = await app.AuditEntriesAsync();

        var error = await Assert.ThrowsAnyAsync<DbException>(() => app.ExecuteSqlAsync(sql));

        Assert.Contains("only", error.Message, StringComparison.Ordinal);
        Assert.Equal(before.Select(e => (e.Sequence, e.Details, e.Hash)), (await app.AuditEntriesAsync()).Select(e => (e.Sequence, e.Details, e.Hash)));
        Assert.True((await app.VerifyAuditAsync()).Intact);
    }

    [Fact]
    public async Task Sql_TruncateOnPostgres_IsRefused()
    {
        Assert.SkipUnless(app.Database.IsPostgres, "TRUNCATE exists only on PostgreSQL.");
        await app.RecordManyAsync(1);

        await Assert.ThrowsAnyAsync<DbException>(() => app.ExecuteSqlAsync("TRUNCATE \"AuditEntries\""));
        Assert.NotEmpty(await app.AuditEntriesAsync());
    }
}
