using Platform.Web.Infrastructure.Jobs;

namespace Platform.Web.Features.Operations.Contact.Email;

public sealed record WarningEmailJobInput(Guid OperationId);

/// <summary>Hands a country's planned warning emails of one operation to the sender job; extra jobs find nothing left to send.</summary>
public sealed class WarningEmailQueue(JobQueue jobs)
{
    public Task<Guid> EnqueueAsync(string agencyCode, Guid operationId, CancellationToken cancellationToken, DateTimeOffset? dueAt = null) =>
        jobs.EnqueueAsync(SendWarningEmailsJob.JobKind, agencyCode, new WarningEmailJobInput(operationId), dueAt, cancellationToken);
}
