using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Operations.Import;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Features.Operations.Records;

namespace Platform.Tests.Features.Operations.Import;

/// <summary>An operation coordinated by NL (with FI participating) and helpers to import files into it.</summary>
internal static class ImportWorld
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<Operation> CreateOperationAsync(AppFactory app, string code = "POWEROFF-TEST")
    {
        await app.EnsureAgencyAsync("NL");
        await app.EnsureAgencyAsync("FI");
        return await app.WithScopeAsync(async sp =>
        {
            var outcome = await sp.GetRequiredService<CreateOperationHandler>().HandleAsync(Coordinator, new OperationInput
            {
                Code = code, Name = "Test takedown", TargetService = "booter.example", LegalBasisNote = "Test basis",
                TakedownDate = new DateOnly(2026, 1, 15), Participants = ["FI"],
            }, Ct);
            var db = sp.GetRequiredService<Platform.Web.Infrastructure.Data.AppDbContext>();
            return await db.Operations.AsNoTracking().Include(o => o.Participants).SingleAsync(o => o.Id == outcome.Value!.Id, Ct);
        });
    }

    public static OperationActor Coordinator => new("test-member", "NL", true);

    public static string WriteFile(AppFactory app, string name, string content)
    {
        var path = Path.Combine(app.DataDirectory, name);
        File.WriteAllText(path, content, new System.Text.UTF8Encoding(false));
        return path;
    }

    /// <summary>Registers, confirms the detected mapping (plus overrides) and runs the import to the end.</summary>
    public static async Task<OperationImport> ImportAsync(AppFactory app, Operation operation, ImportKind kind, string path, params string[] overrides)
    {
        var importId = await RegisterAsync(app, operation, kind, path, overrides);
        return await app.WithScopeAsync(async sp =>
        {
            var result = await sp.GetRequiredService<ImportRunner>().RunAsync(importId, _ => Task.CompletedTask, Ct);
            await sp.GetRequiredService<BuildPersonsHandler>().HandleAsync(operation.Id, Ct);
            return result;
        });
    }

    /// <summary>Registers a file and confirms its detected mapping; the import is ready to run.</summary>
    public static async Task<Guid> RegisterAsync(AppFactory app, Operation operation, ImportKind kind, string path, params string[] overrides) =>
        await app.WithScopeAsync(async sp =>
        {
            var format = path.EndsWith(".jsonl", StringComparison.Ordinal) ? ImportFormat.JsonLines : ImportFormat.Csv;
            var registered = await sp.GetRequiredService<RegisterImportHandler>().HandleAsync(Coordinator, operation.Id, new ImportFile(kind, format, path, path), Ct);
            Assert.False(registered.IsInvalid, string.Join("; ", registered.Errors.SelectMany(e => e.Value)));
            var import = registered.Value!;
            if (import.Status == ImportStatus.AwaitingMapping)
            {
                var (extra, _) = ColumnMapping.Parse(kind, import.Columns, overrides);
                var pairs = ColumnMapping.Detect(kind, import.Columns).With(extra!).ToPairs();
                var confirmed = await sp.GetRequiredService<ConfirmMappingHandler>().HandleAsync(Coordinator, import.Id, pairs, enqueue: false, Ct);
                Assert.False(confirmed.IsInvalid, string.Join("; ", confirmed.Errors.SelectMany(e => e.Value)));
            }

            return import.Id;
        });

    public static async Task<List<StagingRow>> StagingRowsAsync(AppFactory app, Guid operationId)
    {
        List<StagingRow> rows = [];
        await app.WithSystemDbAsync(async db => rows = await db.Set<StagingRow>().AsNoTracking()
            .Where(r => r.OperationId == operationId).OrderBy(r => r.Kind).ThenBy(r => r.RowNumber).ToListAsync(Ct));
        return rows;
    }

    public static async Task<List<QuarantinedRow>> QuarantineAsync(AppFactory app, Guid importId)
    {
        List<QuarantinedRow> rows = [];
        await app.WithSystemDbAsync(async db => rows = await db.Set<QuarantinedRow>().AsNoTracking()
            .Where(r => r.ImportId == importId).OrderBy(r => r.RowNumber).ToListAsync(Ct));
        return rows;
    }

    public static async Task<List<OperationPerson>> PersonsAsync(AppFactory app, Guid operationId)
    {
        List<OperationPerson> rows = [];
        await app.WithSystemDbAsync(async db => rows = await db.OperationPersons.AsNoTracking()
            .Where(p => p.OperationId == operationId).OrderBy(p => p.PersonKey).ToListAsync(Ct));
        return rows;
    }
}
