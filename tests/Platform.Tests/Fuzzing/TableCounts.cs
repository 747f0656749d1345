using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Tests.Fuzzing;

/// <summary>
/// Row counts of every table of the model. A rejected request (4xx) must leave them all unchanged: no partial write.
/// The audit trail is left out: recording a refused attempt is a write on purpose.
/// </summary>
public static class TableCounts
{
    public static async Task<IReadOnlyDictionary<string, int>> TakeAsync(AppFactory app) =>
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var audited = new[] { typeof(AuditEntry), typeof(AuditChainHead) }.Select(t => db.Model.FindEntityType(t)?.GetTableName()).ToHashSet();
            var tables = db.Model.GetEntityTypes()
                .Where(t => t.GetTableName() is { } name && !audited.Contains(name) && t.GetViewName() is null)
                .Select(t => (Schema: t.GetSchema(), Name: t.GetTableName()!))
                .Distinct()
                .OrderBy(t => t.Name, StringComparer.Ordinal);
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (schema, name) in tables)
            {
                var qualified = schema is null ? $"\"{name}\"" : $"\"{schema}\".\"{name}\"";
#pragma warning disable EF1002 // Table names come from the model, not from input.
                counts[name] = await db.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM {qualified}").SingleAsync();
#pragma warning restore EF1002
            }

            return (IReadOnlyDictionary<string, int>)counts;
        });

    public static IEnumerable<string> Compare(IReadOnlyDictionary<string, int> before, IReadOnlyDictionary<string, int> after) =>
        before.Where(b => after.GetValueOrDefault(b.Key) != b.Value).Select(b => $"{b.Key}: {b.Value} → {after.GetValueOrDefault(b.Key)} rows");
}
