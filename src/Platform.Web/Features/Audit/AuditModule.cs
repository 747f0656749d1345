namespace Platform.Web.Features.Audit;

public static class AuditModule
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddScoped<IAuditLog, PendingAuditLog>();
        return services;
    }

    public static WebApplication MapAudit(this WebApplication app) => app;
}

// Placeholder until the hash-chained implementation lands.
internal sealed class PendingAuditLog(ILogger<PendingAuditLog> logger) : IAuditLog
{
    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        logger.LogInformation("Audit {Action} {RecordType} {RecordId}", auditEvent.Action, auditEvent.RecordType, auditEvent.RecordId);
        return Task.CompletedTask;
    }
}
