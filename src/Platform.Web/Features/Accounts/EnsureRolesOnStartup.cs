using Microsoft.AspNetCore.Identity;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Accounts;

/// <summary>
/// Creates any missing role of <see cref="Roles.All"/>. Hosted services start when the host runs, which is
/// after PrepareDatabaseAsync has applied the migrations. Idempotent.
/// </summary>
internal sealed class EnsureRolesOnStartup(IServiceScopeFactory scopes, ILogger<EnsureRolesOnStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await EnsureAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(), logger);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal static async Task EnsureAsync(RoleManager<IdentityRole> roles, ILogger logger)
    {
        foreach (var role in Roles.All)
        {
            if (await roles.RoleExistsAsync(role))
            {
                continue;
            }

            var result = await roles.CreateAsync(new IdentityRole(role));
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Could not create role {role}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }

            logger.LogInformation("Created role {Role}", role);
        }
    }
}
