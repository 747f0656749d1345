using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Data;

namespace Platform.Tests.Guards;

/// <summary>
/// Registers fixture builders for the country-isolation test. Every module adds one class implementing this
/// interface next to its own tests (e.g. Features/Cases/CasesIsolationFixtures.cs); it is found by reflection.
/// </summary>
public interface IIsolationFixtureSource
{
    void Register(IsolationFixtureBuilders builders);
}

/// <summary>
/// Type → builder that inserts one row of that type for agency B (the "other country"), filled with marker text
/// from <see cref="IsolationFixtureContext.Marker"/>. The country-isolation test requires a builder for every
/// <c>IAgencyOwned</c> entity type in the EF model; other types that hold a country's data (such as ApiKey) may add one too.
/// </summary>
public sealed class IsolationFixtureBuilders
{
    private readonly Dictionary<Type, Func<IsolationFixtureContext, Task<object>>> _builders = [];

    public IReadOnlyDictionary<Type, Func<IsolationFixtureContext, Task<object>>> All => _builders;

    /// <summary>
    /// The builder adds the entity to <see cref="IsolationFixtureContext.Db"/> (system scope) and returns it; the
    /// harness saves it and substitutes its primary key into every route. Use <see cref="IsolationFixtureContext.GetAsync{T}"/>
    /// for rows it depends on and <see cref="IsolationFixtureContext.Member"/> for B's members.
    /// </summary>
    public IsolationFixtureBuilders Add<T>(Func<IsolationFixtureContext, Task<T>> build) where T : class
    {
        if (!_builders.TryAdd(typeof(T), async context => await build(context)))
        {
            throw new InvalidOperationException($"Two isolation fixture builders for {typeof(T).Name}.");
        }

        return this;
    }

    public IsolationFixtureBuilders Add<T>(Func<IsolationFixtureContext, T> build) where T : class =>
        Add(context => Task.FromResult(build(context)));

    /// <summary>All builders of every <see cref="IIsolationFixtureSource"/> in this test assembly.</summary>
    public static IsolationFixtureBuilders Discover()
    {
        var builders = new IsolationFixtureBuilders();
        foreach (var type in typeof(IsolationFixtureBuilders).Assembly.GetTypes()
                     .Where(t => typeof(IIsolationFixtureSource).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            ((IIsolationFixtureSource)Activator.CreateInstance(type)!).Register(builders);
        }

        return builders;
    }
}

/// <summary>What a builder gets: a system-scope context, agency B's code and members, markers and dependencies.</summary>
public sealed class IsolationFixtureContext(
    AppDbContext db,
    IServiceProvider services,
    string agencyCode,
    IReadOnlyDictionary<string, TestMember> members,
    TimeProvider clock,
    Func<Type, Task<object>> dependency,
    Action<string> addMarker)
{
    public AppDbContext Db => db;

    public IServiceProvider Services => services;

    /// <summary>Agency B's code; every agency-owned row a builder creates belongs to it.</summary>
    public string AgencyCode => agencyCode;

    public TimeProvider Clock => clock;

    /// <summary>B's member with this role (all roles exist, all with two-factor).</summary>
    public TestMember Member(string role) => members[role];

    /// <summary>A unique, recognisable text; the test fails if it ever appears in a response to agency A.</summary>
    public string Marker(string label)
    {
        var marker = $"zzB{label}{Guid.NewGuid().ToString("N")[..10]}";
        addMarker(marker);
        return marker;
    }

    /// <summary>An email address that counts as a marker.</summary>
    public string MarkerEmail(string label) => $"{Marker(label).ToLowerInvariant()}@example.test";

    /// <summary>The B row of type <typeparamref name="T"/>, built (and saved) first if needed.</summary>
    public async Task<T> GetAsync<T>() where T : class => (T)await dependency(typeof(T));

    internal static string BuilderHint(Type type) =>
        $"add a fixture builder for {type.Name}: a class implementing IIsolationFixtureSource in your module's test folder, e.g.\n" +
        $"    builders.Add(c => c.Db.Add(new {type.Name} {{ AgencyCode = c.AgencyCode, Name = c.Marker(\"{type.Name}\"), … }}).Entity);";
}
