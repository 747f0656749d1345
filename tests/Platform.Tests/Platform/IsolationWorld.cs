using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Tests.Guards;

/// <summary>
/// A key of a row of agency B (its primary key, or a unique alternate key such as a public Guid), substituted into
/// routes by the sweep. <see cref="Row"/> tells the rows of one type apart.
/// </summary>
public sealed record IsolationRecord(Type Type, string Key, int Row = 0, string Property = "Id");

/// <summary>
/// Two agencies on one app: A (NL), whose members of every role make the requests, and B (BE), which owns at least
/// one row of every agency-owned type, all carrying marker text that must never reach A. Partner contributors belong
/// to a partner organisation sponsored by their agency; a network admin of the secretariat (no agency) calls too.
/// </summary>
public sealed class IsolationWorld
{
    public const string AgencyA = "NL";
    public const string AgencyB = "BE";
    public const string SecretariatLabel = "Secretariat";

    private IsolationWorld(AppFactory app) => App = app;

    public AppFactory App { get; }

    public Dictionary<string, TestMember> MembersA { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, TestMember> MembersB { get; } = new(StringComparer.Ordinal);

    /// <summary>Anonymous first, then one signed-in (two-factor) session per role of agency A, then the secretariat.</summary>
    public List<IsolationSession> Sessions { get; } = [];

    public List<IsolationRecord> RecordsB { get; } = [];

    public HashSet<string> MarkersB { get; } = new(StringComparer.Ordinal);

    /// <summary>Agency-owned entity types in the model without a fixture builder (the isolation test fails on these).</summary>
    public List<Type> MissingBuilders { get; } = [];

    /// <summary>
    /// B's distinctive keys (Guids and long strings), used to recognise rows that reference B in database snapshots;
    /// short keys such as sequence numbers would match unrelated values.
    /// </summary>
    public IReadOnlySet<string> KeysB => RecordsB.Select(r => r.Key)
        .Where(k => Guid.TryParse(k, out _) || k.Length >= 16)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static async Task<IsolationWorld> CreateAsync(AppFactory app, IsolationFixtureBuilders builders)
    {
        var world = new IsolationWorld(app);
        var partnerA = await PartnerOfAsync(app, AgencyA);
        var partnerB = await PartnerOfAsync(app, AgencyB);
        foreach (var role in Roles.All)
        {
            var partner = role == Roles.PartnerContributor;
            world.MembersA[role] = await app.CreateMemberAsync(AgencyA, role, partnerOrganisationId: partner ? partnerA : null);
            var b = world.MembersB[role] = await app.CreateMemberAsync(AgencyB, role, partnerOrganisationId: partner ? partnerB : null);
            world.RecordsB.Add(new IsolationRecord(typeof(Member), b.Id, world.MembersB.Count - 1));
            world.MarkersB.Add(b.DisplayName);
            world.MarkersB.Add(b.Email);
        }

        await world.BuildRowsOfBAsync(builders);
        world.Sessions.Add(await IsolationSession.AnonymousAsync(app));
        foreach (var role in Roles.All)
        {
            world.Sessions.Add(await IsolationSession.SignInAsync(app, world.MembersA[role], role));
        }

        var secretariat = await app.CreateMemberAsync(null, Roles.NetworkAdmin);
        world.Sessions.Add(await IsolationSession.SignInAsync(app, secretariat, Roles.NetworkAdmin, SecretariatLabel));
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
                if (db.Model.FindEntityType(type)?.FindPrimaryKey() is not null)
                {
                    // A keyless row (bulk staging rows) has no key a route could name; its markers are still swept.
                    RecordsB.AddRange(KeysOf(db.Entry(entity)).Select(key => new IsolationRecord(type, key.Value, 0, key.Property)));
                }
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

    /// <summary>
    /// The primary key and every single-column unique key (e.g. a public Guid next to a sequence number), except the
    /// agency code itself: a one-row-per-agency table is unique on it, but a country code is public, not a record key.
    /// </summary>
    private static IEnumerable<(string Property, string Value)> KeysOf(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry)
    {
        var primary = entry.Metadata.FindPrimaryKey()!.Properties;
        yield return (string.Join("/", primary.Select(p => p.Name)), string.Join("/", primary.Select(p => entry.Property(p.Name).CurrentValue?.ToString())));
        foreach (var index in entry.Metadata.GetIndexes().Where(i => i.IsUnique && i.Properties.Count == 1 && !primary.Contains(i.Properties[0])
                                                               && i.Properties[0].Name != nameof(IAgencyOwned.AgencyCode)))
        {
            var value = entry.Property(index.Properties[0].Name).CurrentValue;
            if (value is Guid or string)
            {
                yield return (index.Properties[0].Name, value.ToString()!);
            }
        }
    }

    private static async Task<Guid> PartnerOfAsync(AppFactory app, string agency)
    {
        await app.EnsureAgencyAsync(agency);
        var partner = new PartnerOrganisation { Name = $"Partner sponsored by {agency} {Guid.NewGuid():N}", Kind = PartnerKind.Ngo, AgencyCode = agency };
        await app.WithSystemDbAsync(async db =>
        {
            db.PartnerOrganisations.Add(partner);
            await db.SaveChangesAsync();
        });
        return partner.Id;
    }
}
