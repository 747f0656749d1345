using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Platform.Tests.Guards;
using Platform.Web.Features.Operations.Import;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Operations.Import;

/// <summary>Agency B's import of its own operation: one staging row and one quarantined row, with marker text.</summary>
public sealed class ImportIsolationFixtures : IIsolationFixtureSource
{
    public void Register(IsolationFixtureBuilders builders) => builders
        .Add(async c =>
        {
            var operation = await c.GetAsync<Operation>();
            return c.Db.Set<OperationImport>().Add(new OperationImport
            {
                OperationId = operation.Id, Kind = ImportKind.Accounts, FileName = "b-accounts.csv", StoredPath = "/nonexistent/b.csv",
                Sha256 = new string('b', 64), Status = ImportStatus.Succeeded, CreatedAt = c.Clock.GetUtcNow(),
                CreatedById = c.Member(Roles.CountryAdmin).Id,
            }).Entity;
        })
        .Add(async c =>
        {
            var import = await c.GetAsync<OperationImport>();
            var row = new StagingRow
            {
                OperationId = import.OperationId, Kind = ImportKind.Accounts, RowHash = Guid.NewGuid().ToByteArray(), ImportId = import.Id, RowNumber = 1,
                AgencyCode = c.AgencyCode, AccountId = c.Marker("StagingAccount"), Username = c.Marker("StagingUser"), Email = c.MarkerEmail("StagingEmail"),
            };
            // Staging rows have no key for EF Core to track: they are written as the import writes them.
            await using var transaction = await c.Db.Database.BeginTransactionAsync();
            await StagingWriters.For(c.Db).InsertAsync(c.Db.Database.GetDbConnection(), transaction.GetDbTransaction(), [row], CancellationToken.None);
            await transaction.CommitAsync();
            return row;
        })
        .Add(async c => c.Db.Set<QuarantinedRow>().Add(new QuarantinedRow
        {
            ImportId = (await c.GetAsync<OperationImport>()).Id, RowNumber = 7, Line = 8, AgencyCode = c.AgencyCode,
            Raw = c.Marker("QuarantineRaw"), Reason = c.Marker("QuarantineReason"),
        }).Entity);
}
