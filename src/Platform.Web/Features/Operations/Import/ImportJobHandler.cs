using Platform.Web.Infrastructure.Jobs;

namespace Platform.Web.Features.Operations.Import;

public sealed record ImportJobPayload(Guid ImportId);

public sealed record BuildPersonsPayload(Guid OperationId);

/// <summary>
/// The import job: runs the import from its checkpoint (each batch commits its rows and checkpoint together, so a
/// retry or a takeover after a crash imports nothing twice), then builds the operation's persons (idempotent upsert).
/// </summary>
public sealed class ImportJobHandler(ImportRunner runner, BuildPersonsHandler persons) : IJobHandler
{
    public const string JobKind = "operations.import";

    public string Kind => JobKind;

    public async Task RunAsync(JobExecution job, CancellationToken cancellationToken)
    {
        var payload = job.PayloadAs<ImportJobPayload>() ?? throw new InvalidOperationException("The import job has no import id.");
        // The operation's first file, imported whole by this job, needs no second read of its rows for the persons (a
        // later file is not folded: the build groups all the operation's rows in SQL).
        var staged = new StagedAccountFolds();
        var result = await runner.RunAsync(payload.ImportId,
            p => job.ReportAsync(p.Bytes, p.TotalBytes, new { p.Rows, p.Bytes }, cancellationToken), staged, cancellationToken);
        if (result.Status != ImportStatus.Succeeded)
        {
            job.Summary = result.Error;
            return;
        }

        var written = await persons.HandleAsync(result.OperationId, staged, cancellationToken);
        job.Summary = $"{result.Imported} rows imported, {result.Duplicates} duplicates, {result.Quarantined} quarantined; {written.Persons} persons";
    }
}

/// <summary>"Build persons" on its own, e.g. after the attribution rules changed.</summary>
public sealed class BuildPersonsJobHandler(BuildPersonsHandler persons) : IJobHandler
{
    public const string JobKind = "operations.build-persons";

    public string Kind => JobKind;

    public async Task RunAsync(JobExecution job, CancellationToken cancellationToken)
    {
        var payload = job.PayloadAs<BuildPersonsPayload>() ?? throw new InvalidOperationException("The job has no operation id.");
        var written = await persons.HandleAsync(payload.OperationId, cancellationToken);
        job.Summary = $"{written.Persons} persons ({written.Created} new, {written.Updated} updated)";
    }
}
