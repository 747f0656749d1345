using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Data;

namespace Platform.Tests.Guards;

/// <summary>
/// Every row that belongs to agency B, read in system scope and rendered property by property: rows with
/// AgencyCode = B, and rows without an AgencyCode that reference one of B's keys (roles, tokens and API keys of B's members).
/// </summary>
public static class RowSnapshot
{
    public static Task<IReadOnlyDictionary<string, string>> TakeAsync(AppFactory app, string agencyB, IReadOnlySet<string> keysB) =>
        TakeAsync(app, values => BelongsTo(values, agencyB, keysB));

    /// <summary>Every row of every table (for "this request changed nothing at all").</summary>
    public static Task<IReadOnlyDictionary<string, string>> TakeAllAsync(AppFactory app) => TakeAsync(app, _ => true);

    private static async Task<IReadOnlyDictionary<string, string>> TakeAsync(AppFactory app, Func<List<(string Name, string Value)>, bool> include) =>
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            using var system = db.Scope.BeginSystemWork();
            var rows = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var type in db.Model.GetEntityTypes().Where(t => t.BaseType is null && !t.IsOwned() && !t.HasSharedClrType))
            {
                var load = typeof(RowSnapshot).GetMethod(nameof(LoadAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                    .MakeGenericMethod(type.ClrType);
                var primary = type.FindPrimaryKey();
                foreach (var entity in await (Task<List<object>>)load.Invoke(null, [db])!)
                {
                    // A keyless row (the staging rows, written only by bulk copy) is never tracked: its values are
                    // read from its properties, and they are its key, so a changed row shows as deleted and appeared.
                    var entry = primary is null ? null : db.Entry(entity);
                    var values = (entry is null ? KeylessValues(type, entity) : Values(entry)).ToList();
                    if (include(values))
                    {
                        var text = string.Join("; ", values.Select(v => $"{v.Name}={v.Value}"));
                        var key = entry is null ? text : string.Join("/", primary!.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));
                        rows[$"{type.ClrType.Name}#{key}"] = text;
                    }
                }
            }

            return (IReadOnlyDictionary<string, string>)rows;
        });

    /// <summary>Human-readable differences: changed, deleted and added rows of B.</summary>
    public static IEnumerable<string> Compare(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        foreach (var (row, values) in before)
        {
            if (!after.TryGetValue(row, out var now))
            {
                yield return $"{row} was deleted";
            }
            else if (now != values)
            {
                yield return $"{row} changed:\n      before {values}\n      after  {now}";
            }
        }

        foreach (var row in after.Keys.Except(before.Keys))
        {
            yield return $"{row} appeared (it belongs to or references agency B)";
        }
    }

    private static async Task<List<object>> LoadAsync<T>(AppDbContext db) where T : class =>
        [.. await db.Set<T>().IgnoreQueryFilters().ToListAsync()];

    private static IEnumerable<(string Name, string Value)> Values(EntityEntry entry, string prefix = "")
    {
        foreach (var property in entry.Properties)
        {
            yield return (prefix + property.Metadata.Name, Format(property.CurrentValue));
        }

        foreach (var navigation in entry.Navigations.Where(n => n.Metadata.TargetEntityType.IsOwned()))
        {
            var targets = navigation is CollectionEntry collection
                ? (collection.CurrentValue?.Cast<object>() ?? []).Select(entry.Context.Entry)
                : navigation is ReferenceEntry { TargetEntry: { } target } ? [target] : [];
            var index = 0;
            foreach (var owned in targets)
            {
                foreach (var value in Values(owned, $"{prefix}{navigation.Metadata.Name}[{index++}]."))
                {
                    yield return value;
                }
            }
        }
    }

    private static IEnumerable<(string Name, string Value)> KeylessValues(IEntityType type, object entity) =>
        type.GetProperties().Select(p => (p.Name, Format(p.PropertyInfo!.GetValue(entity))));

    private static bool BelongsTo(List<(string Name, string Value)> values, string agency, IReadOnlySet<string> keys)
    {
        var agencyCode = values.FirstOrDefault(v => v.Name == "AgencyCode");
        return agencyCode.Name is not null && agencyCode.Value != "∅"
            ? agencyCode.Value == agency
            : values.Any(v => keys.Contains(v.Value));
    }

    private static string Format(object? value) => value switch
    {
        null => "∅",
        DateTimeOffset d => d.UtcTicks.ToString(CultureInfo.InvariantCulture),
        DateTime d => d.Ticks.ToString(CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToHexString(bytes),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
