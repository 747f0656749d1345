using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Operations.Attribution;
using Platform.Web.Features.Operations.Model;

namespace Platform.Tests.Features.Operations.Attribution;

internal static class OperationSeed
{
    public static async Task<Guid> CreateOperationAsync(this AppFactory app, string coordinator, params string[] participants)
    {
        foreach (var code in participants.Append(coordinator).Distinct())
        {
            await app.EnsureAgencyAsync(code);
        }

        var operation = new Operation
        {
            Code = "OP-" + Guid.NewGuid().ToString("N")[..10],
            Name = "Test takedown",
            TargetService = "booter.example",
            CoordinatingAgencyCode = coordinator,
            LegalBasisNote = "Test",
            CreatedAt = app.Clock.GetUtcNow(),
            CreatedById = "test",
        };
        foreach (var code in participants.Append(coordinator).Distinct())
        {
            operation.Participants.Add(new OperationParticipant { AgencyCode = code, AddedAt = app.Clock.GetUtcNow() });
        }

        await app.WithSystemDbAsync(async db =>
        {
            db.Operations.Add(operation);
            await db.SaveChangesAsync();
        });
        return operation.Id;
    }

    public static Task<PersonWriteSummary> WritePersonsAsync(this AppFactory app, Guid operationId, IEnumerable<AccountFacts> accounts) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<IPersonWriter>()
            .WriteAsync(operationId, sp.GetRequiredService<PersonBuilder>().Build(accounts), CancellationToken.None));
}
