namespace Platform.Web.Infrastructure.Demo;

/// <summary>Fills an empty database with clearly fictional demo data (Demo:Seed=true). Runs in Order.</summary>
public interface IDemoSeeder
{
    int Order { get; }

    Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken);
}
