using Platform.Web.Infrastructure.Demo;

namespace Platform.Web.Features.Knowledge.Evidence.Demo;

internal sealed class EvidenceDemoSeeder : IDemoSeeder
{
    public int Order => 40;

    public Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}
