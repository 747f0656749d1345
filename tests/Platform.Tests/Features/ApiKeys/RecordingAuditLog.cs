using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Audit;

namespace Platform.Tests.Features.ApiKeys;

/// <summary>Keeps every audit event in memory so tests can assert what was recorded.</summary>
public sealed class RecordingAuditLog : IAuditLog
{
    public ConcurrentQueue<AuditEvent> Events { get; } = new();

    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        Events.Enqueue(auditEvent);
        return Task.CompletedTask;
    }

    public IReadOnlyList<AuditEvent> OfAction(string action) => [.. Events.Where(e => e.Action == action)];
}

/// <summary>The app with <see cref="RecordingAuditLog"/> in place of the audit trail.</summary>
public sealed class AuditRecordingAppFactory : AppFactory
{
    public RecordingAuditLog Audit { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IAuditLog>();
            services.AddSingleton<IAuditLog>(Audit);
        });
    }
}
