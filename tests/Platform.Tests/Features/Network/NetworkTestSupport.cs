using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;

namespace Platform.Tests.Features.Network;

/// <summary>The app with an audit log that remembers what was recorded, so tests can assert on it.</summary>
public sealed class AuditedAppFactory : AppFactory
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

public sealed class RecordingAuditLog : IAuditLog
{
    private readonly ConcurrentQueue<AuditEvent> _events = new();

    public IReadOnlyList<AuditEvent> Events => [.. _events];

    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        _events.Enqueue(auditEvent);
        return Task.CompletedTask;
    }
}

internal static class NetworkTestSupport
{
    /// <summary>Browser sessions must send the antiforgery token on state-changing API calls; take it from a page form.</summary>
    public static async Task<HttpClient> WithCsrfAsync(this HttpClient client, string formPage)
    {
        var html = await client.GetStringAsync(formPage);
        var token = TestMembers.AntiforgeryToken(html) ?? throw new InvalidOperationException($"No antiforgery token on {formPage}.");
        client.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", token);
        return client;
    }

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PostAsJsonAsync(url, body);

    public static async Task UpdateMemberAsync(this AppFactory app, string memberId, Action<Member> change) =>
        await app.WithSystemDbAsync(async db =>
        {
            var member = await db.Users.FindAsync(memberId) ?? throw new InvalidOperationException("No such member.");
            change(member);
            await db.SaveChangesAsync();
        });
}
