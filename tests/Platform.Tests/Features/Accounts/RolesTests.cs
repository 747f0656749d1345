using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Accounts;

public sealed class RolesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Startup_CreatesEveryRole_AndRunningAgainChangesNothing()
    {
        var afterStartup = await RoleNamesAsync();
        var ensureRoles = app.Services.GetServices<IHostedService>().Single(s => s.GetType().Name == "EnsureRolesOnStartup");

        await ensureRoles.StartAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Roles.All.Order(StringComparer.Ordinal), afterStartup);
        Assert.Equal(afterStartup, await RoleNamesAsync());
    }

    private Task<List<string>> RoleNamesAsync() =>
        app.WithScopeAsync(async sp =>
        {
            var names = await sp.GetRequiredService<RoleManager<IdentityRole>>().Roles.Select(r => r.Name!).ToListAsync(TestContext.Current.CancellationToken);
            return names.Order(StringComparer.Ordinal).ToList();
        });
}
