using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Accounts;

public sealed class AuditTrailTests(AuditTrailTests.RecordingAppFactory app) : IClassFixture<AuditTrailTests.RecordingAppFactory>
{
    [Fact]
    public async Task TwoFactorChanges_AreAudited()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var client = await app.SignInAsync(viewer);
        await client.GetHtmlAsync("/Accounts/TwoFactor/Enable");
        var key = await app.AuthenticatorKeyAsync(viewer.Id);

        await client.PostFormAsync("/Accounts/TwoFactor/Enable", new() { ["Input.Code"] = AccountsTestKit.Totp(key) });
        await client.PostFormAsync("/Accounts/TwoFactor/NewRecoveryCodes", new() { ["Input.Code"] = AccountsTestKit.Totp(key) });
        await client.PostFormAsync("/Accounts/TwoFactor/Disable", new() { ["Input.CurrentPassword"] = viewer.Password });

        var actions = app.Events.Where(e => e.RecordId == viewer.Id).Select(e => e.Action).ToList();
        Assert.Equal(
            ["account.authenticator-key-created", "account.two-factor-enabled", "account.recovery-codes-replaced", "account.two-factor-disabled"],
            actions.Where(a => a.Contains("two-factor", StringComparison.Ordinal) || a.Contains("recovery", StringComparison.Ordinal) || a.Contains("authenticator", StringComparison.Ordinal)));
    }

    public sealed class RecordingAppFactory : AppFactory
    {
        public ConcurrentQueue<AuditEvent> Events { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<IAuditLog>();
                services.AddSingleton<IAuditLog>(new RecordingAuditLog(Events));
            });
        }
    }

    private sealed class RecordingAuditLog(ConcurrentQueue<AuditEvent> events) : IAuditLog
    {
        public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
        {
            events.Enqueue(auditEvent);
            return Task.CompletedTask;
        }
    }
}
