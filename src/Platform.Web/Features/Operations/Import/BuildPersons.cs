using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Operations.Attribution;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// Builds the operation's persons from everything imported so far: staging rows → <see cref="AccountFacts"/> →
/// <see cref="PersonBuilder.Build"/> → <see cref="IPersonWriter.WriteAsync"/>. The writer upserts by person key, so
/// running it again (after a crash, or after another file) gives the same persons. Right after an import in the same
/// process, the rows that import folded as it staged them (<see cref="StagedAccountFolds"/>) replace the grouping in
/// the database when they are all the operation holds.
/// </summary>
public sealed class BuildPersonsHandler(AppDbContext db, AccountAggregation aggregation, PersonBuilder builder, IPersonWriter writer)
{
    public Task<PersonWriteSummary> HandleAsync(Guid operationId, CancellationToken cancellationToken) =>
        HandleAsync(operationId, null, cancellationToken);

    public async Task<PersonWriteSummary> HandleAsync(Guid operationId, StagedAccountFolds? staged, CancellationToken cancellationToken)
    {
        if (!await db.Operations.AnyAsync(o => o.Id == operationId, cancellationToken))
        {
            throw new InvalidOperationException($"Operation {operationId} does not exist.");
        }

        var accounts = aggregation.ReadAsync(operationId, staged, cancellationToken).ToBlockingEnumerable(cancellationToken);
        return await writer.WriteAsync(operationId, builder.Build(accounts), cancellationToken);
    }
}
