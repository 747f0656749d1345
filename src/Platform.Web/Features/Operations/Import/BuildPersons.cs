using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Operations.Attribution;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// Builds the operation's persons from everything imported so far: staging rows → <see cref="AccountFacts"/> →
/// <see cref="PersonBuilder.Build"/> → <see cref="IPersonWriter.WriteAsync"/>. The writer upserts by person key, so
/// running it again (after a crash, or after another file) gives the same persons.
/// </summary>
public sealed class BuildPersonsHandler(AppDbContext db, AccountAggregation aggregation, PersonBuilder builder, IPersonWriter writer)
{
    public async Task<PersonWriteSummary> HandleAsync(Guid operationId, CancellationToken cancellationToken)
    {
        if (!await db.Operations.AnyAsync(o => o.Id == operationId, cancellationToken))
        {
            throw new InvalidOperationException($"Operation {operationId} does not exist.");
        }

        var accounts = aggregation.ReadAsync(operationId, cancellationToken).ToBlockingEnumerable(cancellationToken);
        return await writer.WriteAsync(operationId, builder.Build(accounts), cancellationToken);
    }
}
