using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Cases.Programmes;

public sealed record ProgrammeVersionView(
    Guid Id, string Key, int Version, string Name, string Description, string? OwnerAgencyCode, string? SourceInterventionSlug,
    ProgrammePackageStatus Status, DateTimeOffset? PublishedAt, bool AdoptedByMyAgency);

/// <summary>Reads programme packages and the current agency's adoptions; parsed definitions are cached (versions never change).</summary>
public sealed class ProgrammeCatalog(AppDbContext db)
{
    private static readonly ConcurrentDictionary<(string, int), ProgrammeDefinition> Definitions = new();

    public async Task<IReadOnlyList<ProgrammeVersionView>> ListAsync(CancellationToken cancellationToken = default)
    {
        var adopted = await db.AgencyProgrammes.Where(a => a.Active).Select(a => new { a.PackageKey, a.PackageVersion }).ToListAsync(cancellationToken);
        var packages = await db.ProgrammePackages.AsNoTracking().OrderBy(p => p.Key).ThenByDescending(p => p.Version).ToListAsync(cancellationToken);
        return [.. packages.Select(p => View(p, adopted.Any(a => a.PackageKey == p.Key && a.PackageVersion == p.Version)))];
    }

    public async Task<ProgrammePackage?> FindAsync(string key, int version, CancellationToken cancellationToken = default) =>
        await db.ProgrammePackages.AsNoTracking().FirstOrDefaultAsync(p => p.Key == key && p.Version == version, cancellationToken);

    public async Task<ProgrammeDefinition?> DefinitionAsync(string key, int version, CancellationToken cancellationToken = default)
    {
        if (Definitions.TryGetValue((key, version), out var cached))
        {
            return cached;
        }

        var package = await FindAsync(key, version, cancellationToken);
        if (package is null || package.Status != ProgrammePackageStatus.Published)
        {
            return null;
        }

        var definition = JsonSerializer.Deserialize<ProgrammeDefinition>(package.DefinitionJson, ProgrammeDefinitionValidator.Json)!;
        return Definitions.GetOrAdd((key, version), definition);
    }

    /// <summary>The current agency's active adoptions (the agency filter applies), with package names.</summary>
    public async Task<IReadOnlyList<(AgencyProgramme Adoption, string Name)>> AdoptionsAsync(CancellationToken cancellationToken = default)
    {
        var adoptions = await db.AgencyProgrammes.AsNoTracking().Where(a => a.Active).OrderBy(a => a.PackageKey).ToListAsync(cancellationToken);
        var names = await db.ProgrammePackages.AsNoTracking().Select(p => new { p.Key, p.Version, p.Name }).ToListAsync(cancellationToken);
        return [.. adoptions.Select(a => (a, names.FirstOrDefault(n => n.Key == a.PackageKey && n.Version == a.PackageVersion)?.Name ?? a.PackageKey))];
    }

    /// <summary>The current agency's adoption of this exact version (also inactive ones: running cases keep their version).</summary>
    public async Task<AgencyProgramme?> AdoptionAsync(string key, int version, CancellationToken cancellationToken = default) =>
        await db.AgencyProgrammes.AsNoTracking()
            .Where(a => a.PackageKey == key && a.PackageVersion == version)
            .FirstOrDefaultAsync(cancellationToken);

    internal static ProgrammeVersionView View(ProgrammePackage p, bool adopted) =>
        new(p.Id, p.Key, p.Version, p.Name, p.Description, p.OwnerAgencyCode, p.SourceInterventionSlug, p.Status, p.PublishedAt, adopted);
}
