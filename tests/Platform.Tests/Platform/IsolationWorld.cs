using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Tests.Guards;

/// <summary>A row of agency B and its primary key, substituted into routes by the sweep.</summary>
public sealed record IsolationRecord(Type Type, string Key);

/// <summary>
/// Two agencies on one app: A (NL), whose members of every role make the requests, and B (BE), which owns at least
/// one row of every agency-owned type, all carrying marker text that must never reach A.
/// </summary>
public sealed class IsolationWorld
{
    public const string AgencyA = "NL";
    public const string AgencyB = "BE";

    private IsolationWorld(AppFactory app) => App = app;

    public AppFactory App { get; }

    public Dictionary<string, TestMember> MembersA { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, TestMember> MembersB { get; } = new(StringComparer.Ordinal);

    /// <summary>Anonymous first, then one signed-in (two-factor) session per role of agency A.</summary>
    public List<IsolationSession> Sessions { get; } = [];

    public List<IsolationRecord> RecordsB { get; } = [];

    public HashSet<string> MarkersB { get; } = new(StringComparer.Ordinal);

    /// <summary>Agency-owned entity types in the model without a fixture builder (the isolation test fails on these).</summary>
    public List<Type> MissingBuilders { get; } = [];

    /// <summary>Every key of B (records and members), used to recognise B's rows in database snapshots.</summary>
    public IReadOnlySet<string> KeysB => RecordsB.Select(r => r.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static async Task<IsolationWorld> CreateAsync(AppFactory app, IsolationFixtureBuilders builders)
    {
        var world = new IsolationWorld(app);
        foreach (var role in Roles.All)
        {
            world.MembersA[role] = await app.CreateMemberAsync(AgencyA, role);
            var b = world.MembersB[role] = await app.CreateMemberAsync(AgencyB, role);
            world.RecordsB.Add(new IsolationRecord(typeof(Member), b.Id));
            world.MarkersB.Add(b.DisplayName);
            world.MarkersB.Add(b.Email);
        }

        await world.BuildRowsOfBAsync(builders);
        world.Sessions.Add(await IsolationSession.AnonymousAsync(app));
        foreach (var role in Roles.All)
        {
            world.Sessions.Add(await IsolationSession.SignInAsync(app, world.MembersA[role], role));
        }

        return world;
    }

    private async Task BuildRowsOfBAsync(IsolationFixtureBuilders builders) =>
        await App.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            using var system = db.Scope.BeginSystemWork();
            var built = new Dictionary<Type, object>();
            IsolationFixtureContext? context = null;

            async Task<object> BuildAsync(Type type)
            {
                if (built.TryGetValue(type, out var existing))
                {
                    return existing;
                }

                if (!builders.All.TryGetValue(type, out var build))
                {
                    throw new InvalidOperationException(IsolationFixtureContext.BuilderHint(type));
                }

                var entity = await build(context!);
                await db.SaveChangesAsync();
                if (entity is IAgencyOwned owned && owned.AgencyCode != AgencyB)
                {
                    throw new InvalidOperationException($"The isolation fixture builder for {type.Name} made a row of agency '{owned.AgencyCode}', not B.");
                }

                built[type] = entity;
                var entry = db.Entry(entity);
                var key = entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString());
                RecordsB.Add(new IsolationRecord(type, string.Join("/", key)));
                return entity;
            }

            context = new IsolationFixtureContext(db, services, AgencyB, MembersB, App.Clock, BuildAsync, m => MarkersB.Add(m));
            foreach (var type in builders.All.Keys.OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                await BuildAsync(type);
            }

            MissingBuilders.AddRange(db.Model.GetEntityTypes()
                .Where(t => !t.IsOwned() && !t.ClrType.IsAbstract && typeof(IAgencyOwned).IsAssignableFrom(t.ClrType))
                .Select(t => t.ClrType)
                .Where(t => !builders.All.ContainsKey(t))
                .Distinct());
        });
}
