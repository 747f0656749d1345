using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Operations.Import;
using Platform.Web.Infrastructure.Cli;
using static Platform.Tests.Features.Operations.Import.ImportWorld;

namespace Platform.Tests.Features.Operations.Import;

/// <summary>The commands the import benchmark drives: operations create, import (one or several files, --build-persons no), build-persons.</summary>
public sealed class OperationCliTests
{
    private static Task<int> RunAsync(AppFactory app, string name, params string[] arguments) =>
        app.Services.GetServices<ICliCommand>().Single(c => c.Name == name).RunAsync(arguments, app.Services, Ct);

    [Fact]
    public async Task Create_KnownAgencies_OpensOperationWithCoordinatorAndParticipants()
    {
        await using var app = new AppFactory();
        await app.EnsureAgencyAsync("NL");
        await app.EnsureAgencyAsync("FI");

        var exit = await RunAsync(app, "operations create", "--code", "cli-op-1", "--coordinator", "nl", "--participants", "FI", "--takedown", "2026-01-15");

        Assert.Equal(0, exit);
        await app.WithSystemDbAsync(async db =>
        {
            var operation = await db.Operations.Include(o => o.Participants).SingleAsync(o => o.Code == "CLI-OP-1", Ct);
            Assert.Equal(("NL", new DateOnly(2026, 1, 15)), (operation.CoordinatingAgencyCode, operation.TakedownDate));
            Assert.Equal(["FI", "NL"], operation.Participants.Select(p => p.AgencyCode).Order(StringComparer.Ordinal));
        });
    }

    [Theory]
    [InlineData("XX", "FI")]
    [InlineData("NL", "XX")]
    public async Task Create_UnknownAgency_FailsAndOpensNothing(string coordinator, string participants)
    {
        await using var app = new AppFactory();
        await app.EnsureAgencyAsync("NL");
        await app.EnsureAgencyAsync("FI");

        var exit = await RunAsync(app, "operations create", "--code", "CLI-OP-2", "--coordinator", coordinator, "--participants", participants);

        Assert.Equal(1, exit);
        await app.WithSystemDbAsync(async db => Assert.False(await db.Operations.AnyAsync(Ct)));
    }

    [Fact]
    public async Task ImportWithoutPersonsThenBuildPersons_BuildsPersonsOnlyAtTheEnd()
    {
        await using var app = new AppFactory();
        var operation = await CreateOperationAsync(app, "CLI-OP-3");
        var file = WriteFile(app, "accounts.csv", "id,username,email\n1,alice,alice@example.nl\n2,bob,bob@example.fi\n");

        Assert.Equal(0, await RunAsync(app, "operations import", "--operation", "CLI-OP-3", "--kind", "accounts", "--file", file, "--build-persons", "no"));
        Assert.Equal(2, (await StagingRowsAsync(app, operation.Id)).Count);
        Assert.Empty(await PersonsAsync(app, operation.Id));

        Assert.Equal(0, await RunAsync(app, "operations build-persons", "--operation", "CLI-OP-3"));
        Assert.Equal(2, (await PersonsAsync(app, operation.Id)).Count);
    }

    [Fact]
    public async Task Import_SeveralFilesInOneRun_ImportsEachThenBuildsPersonsOnce()
    {
        await using var app = new AppFactory();
        var operation = await CreateOperationAsync(app, "CLI-OP-4");
        var accounts = WriteFile(app, "accounts.csv", "id,username,email\n1,alice,alice@example.nl\n2,bob,bob@example.fi\n");
        var logins = WriteFile(app, "logins.csv", "userid,userip,date\n1,192.0.2.1,1700000000\n2,192.0.2.2,1700000100\n2,192.0.2.3,1700000200\n");

        Assert.Equal(0, await RunAsync(app, "operations import", "--operation", "CLI-OP-4", "--kind", "accounts", "--file", accounts, "--kind", "logins", "--file", logins));

        var rows = await StagingRowsAsync(app, operation.Id);
        Assert.Equal((2, 3), (rows.Count(r => r.Kind == ImportKind.Accounts), rows.Count(r => r.Kind == ImportKind.Logins)));
        Assert.Equal(2, (await PersonsAsync(app, operation.Id)).Count);
    }

    [Fact]
    public async Task Import_KindsAndFilesDoNotPairUp_RefusesAndImportsNothing()
    {
        await using var app = new AppFactory();
        var operation = await CreateOperationAsync(app, "CLI-OP-5");
        var accounts = WriteFile(app, "accounts.csv", "id,username,email\n1,alice,alice@example.nl\n");

        Assert.Equal(2, await RunAsync(app, "operations import", "--operation", "CLI-OP-5", "--kind", "accounts", "--file", accounts, "--kind", "logins"));
        Assert.Empty(await StagingRowsAsync(app, operation.Id));
    }
}
