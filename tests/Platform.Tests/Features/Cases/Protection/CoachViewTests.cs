using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Tests.Features.Network;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Cases.Protection;

/// <summary>A company coach sees the assignment they supervise and nothing else of the case.</summary>
public sealed class CoachViewTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CoachPages_OwnAssignment_ShownWithCaseNumberOnly()
    {
        var world = await ArrangeAsync();
        var client = await app.SignInAsync(world.Coach);

        var list = await client.GetStringAsync("/Coach", Ct);
        var detail = await client.GetAsync($"/Coach/{world.Mine.AssignmentId}", Ct);
        var html = await detail.Content.ReadAsStringAsync(Ct);

        Assert.Contains(world.Mine.CaseNumber, list, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Others.CaseNumber, list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Contains("Build a test lab", html, StringComparison.Ordinal);
        foreach (var secret in new[] { world.Name, "2008-04-01", "+31 6 1234 5678", "Training", "Legal limits", "Met at school", "DDoS for hire" })
        {
            Assert.DoesNotContain(secret, list + html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CoachPagesAndApi_AnythingNotAssigned_Answer404()
    {
        var world = await ArrangeAsync();
        var client = await app.SignInAsync(world.Coach);

        foreach (var url in new[]
                 {
                     $"/Coach/{world.Mine.OtherModuleId}", $"/Coach/{world.Others.AssignmentId}", $"/Coach/{world.Mine.CaseId}",
                     $"/api/coach/assignments/{world.Mine.OtherModuleId}", $"/api/coach/assignments/{world.Others.AssignmentId}",
                 })
        {
            var response = await client.GetAsync(url, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}");
        }

        var assignments = await client.GetFromJsonAsync<JsonElement>("/api/coach/assignments", Ct);
        Assert.Equal(1, assignments.GetArrayLength());
        Assert.Equal(world.Mine.AssignmentId, assignments[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task CaseWorkEndpoints_AsCoach_NeverShowTheCase()
    {
        var world = await ArrangeAsync();
        var client = await app.SignInAsync(world.Coach);

        foreach (var url in new[]
                 {
                     $"/Cases/{world.Mine.CaseId}", $"/Cases/{world.Mine.CaseId}/Sensitive", "/Cases", "/Cases/Export", "/Cases/Retention",
                     $"/api/cases/{world.Mine.CaseId}", "/api/cases", "/api/cases/tasks",
                 })
        {
            var response = await client.GetAsync(url, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.False(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
            Assert.DoesNotContain(world.Mine.CaseNumber, body, StringComparison.Ordinal);
        }

        var reveal = await (await client.WithCsrfAsync("/Coach")).PostAsJsonAsync($"/api/cases/{world.Mine.CaseId}/sensitive",
            new { reason = "case-work" }, Ct);
        Assert.False(reveal.IsSuccessStatusCode);
        Assert.DoesNotContain(world.Name, await reveal.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordSession_OwnAssignment_SavedForTheAgencyAndAudited()
    {
        var world = await ArrangeAsync();
        var client = await (await app.SignInAsync(world.Coach)).WithCsrfAsync("/Coach");
        var versionBefore = await VersionAsync(world.Mine.CaseId);

        var created = await client.PostAsJsonAsync($"/api/coach/assignments/{world.Mine.AssignmentId}/sessions",
            new { date = "2026-11-20", attended = true, minutes = 90, fidelityItemsDone = new[] { "Goal agreed", "Not on the checklist" } }, Ct);
        var page = await client.PostFormAsync($"/Coach/{world.Mine.AssignmentId}", new()
        {
            ["Input.Date"] = "2026-11-21",
            ["Input.Attended"] = "false",
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        await app.WithSystemDbAsync(async db =>
        {
            var sessions = await db.SessionRecords.Where(s => s.PlannedModuleId == world.Mine.AssignmentId && s.RecordedById == world.Coach.Id)
                .OrderBy(s => s.ScheduledOn).ToListAsync(Ct);
            Assert.Equal(2, sessions.Count);
            Assert.All(sessions, s => Assert.Equal(("NL", world.Mine.CaseId), (s.AgencyCode, s.CaseId)));
            Assert.Equal((SessionStatus.Delivered, 90), (sessions[0].Status, sessions[0].DeliveredMinutes));
            Assert.Equal(["Goal agreed"], sessions[0].FidelityItemsDone);
            Assert.Equal(SessionStatus.Missed, sessions[1].Status);
            Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == "coach.session-recorded" && e.ActorMemberId == world.Coach.Id, Ct));
        });
        Assert.Equal(versionBefore + 2, await VersionAsync(world.Mine.CaseId));
    }

    [Fact]
    public async Task RecordSession_NotAssigned_404AndNothingWritten()
    {
        var world = await ArrangeAsync();
        var client = await (await app.SignInAsync(world.Coach)).WithCsrfAsync("/Coach");

        foreach (var id in new[] { world.Mine.OtherModuleId, world.Others.AssignmentId })
        {
            var response = await client.PostAsJsonAsync($"/api/coach/assignments/{id}/sessions", new { date = "2026-11-20", attended = true, minutes = 60 }, Ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        await app.WithSystemDbAsync(async db =>
            Assert.False(await db.SessionRecords.AnyAsync(s => s.RecordedById == world.Coach.Id, Ct)));
    }

    [Fact]
    public async Task CoachApi_AgencyMember_Forbidden()
    {
        var worker = await app.CreateMemberAsync("NL", Roles.CaseWorker);
        var client = await app.SignInAsync(worker);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/coach/assignments", Ct)).StatusCode);
    }

    private sealed record World(TestMember Coach, CaseArrangements.ArrangedCase Mine, CaseArrangements.ArrangedCase Others, string Name);

    private async Task<World> ArrangeAsync()
    {
        var partnerId = Guid.NewGuid();
        await app.EnsureAgencyAsync("NL");
        await app.WithSystemDbAsync(async db =>
        {
            db.PartnerOrganisations.Add(new PartnerOrganisation { Id = partnerId, Name = $"Secure Host {partnerId:N}", Kind = PartnerKind.Company, AgencyCode = "NL" });
            await db.SaveChangesAsync(Ct);
        });
        var worker = await app.CreateMemberAsync("NL", Roles.CaseWorker);
        var coach = await app.CreateMemberAsync(null, Roles.PartnerContributor, twoFactor: false, partnerOrganisationId: partnerId);
        var otherCoach = await app.CreateMemberAsync(null, Roles.PartnerContributor, twoFactor: false, partnerOrganisationId: partnerId);
        var name = $"Coached Person {Guid.NewGuid():N}"[..24];
        var now = app.Clock.GetUtcNow();
        var mine = await app.CreateCompletedCaseAsync("NL", worker.Id, now.AddMonths(2), coach.Id, name, stage: CaseStage.Enrolled);
        var others = await app.CreateCompletedCaseAsync("NL", worker.Id, now.AddMonths(2), otherCoach.Id, stage: CaseStage.Enrolled);
        return new World(coach, mine, others, name);
    }

    private async Task<int> VersionAsync(Guid caseId)
    {
        var version = 0;
        await app.WithSystemDbAsync(async db => version = await db.Cases.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync(Ct));
        return version;
    }
}
