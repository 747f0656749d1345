using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Cases.Programmes;

/// <summary>
/// Adds the shipped packages (Packages/*.json: Hack_Right, Cyber Choices) as published versions when missing.
/// Idempotent: an existing key+version is never touched, so a published version stays as it was.
/// </summary>
internal sealed class SeedProgrammePackages(IServiceScopeFactory scopes, TimeProvider clock) : IHostedService
{
    private const string Prefix = "Platform.Web.Features.Cases.Programmes.Packages.";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await SeedAsync(db, clock, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal static IEnumerable<ProgrammePackageFile> ShippedPackages()
    {
        var assembly = typeof(SeedProgrammePackages).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var (file, errors) = ProgrammePackageFile.Parse(reader.ReadToEnd());
            yield return file ?? throw new InvalidOperationException($"Shipped package {name} is invalid: {string.Join(" ", errors)}");
        }
    }

    internal static async Task SeedAsync(AppDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        foreach (var file in ShippedPackages())
        {
            if (await db.ProgrammePackages.AnyAsync(p => p.Key == file.Key && p.Version == file.Version, cancellationToken))
            {
                continue;
            }

            db.ProgrammePackages.Add(new ProgrammePackage
            {
                Key = file.Key,
                Version = file.Version,
                Name = file.Name,
                Description = file.Description,
                OwnerAgencyCode = file.OwnerAgencyCode,
                SourceInterventionSlug = file.SourceInterventionSlug,
                DefinitionJson = file.DefinitionJson(),
                Status = ProgrammePackageStatus.Published,
                CreatedAt = clock.GetUtcNow(),
                CreatedById = "system",
                PublishedAt = clock.GetUtcNow(),
                PublishedById = "system",
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
