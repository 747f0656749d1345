using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Guards;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Audit;

/// <summary>An audit entry of agency B, appended through the real audit log so that the hash chain stays valid.</summary>
public sealed class AuditIsolationFixtures : IIsolationFixtureSource
{
    public void Register(IsolationFixtureBuilders builders) =>
        builders.Add(async c =>
        {
            var officer = c.Member(Roles.PreventionOfficer);
            await c.Services.GetRequiredService<IAuditLog>().RecordAsync(new AuditEvent(
                "case.viewed", "Case", c.Marker("AuditRecordId"), c.AgencyCode,
                Reason: c.Marker("AuditReason"), Details: c.Marker("AuditDetails"),
                Actor: new AuditActor(officer.Id, officer.DisplayName, c.AgencyCode)));
            return await c.Db.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync();
        });
}
