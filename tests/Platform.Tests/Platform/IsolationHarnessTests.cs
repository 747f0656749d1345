using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Data;

namespace Platform.Tests.Guards;

/// <summary>
/// The app plus deliberately leaky endpoints under /api/test-leak, each making one classic isolation mistake by
/// working in system scope (as a careless handler might) instead of the member's agency scope.
/// </summary>
public sealed class LeakyAppFactory : AppFactory
{
    public const string Prefix = "/api/test-leak";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, LeakyEndpoints>());
    }

    private sealed class LeakyEndpoints : IStartupFilter
    {
        // A branch in front of the app's pipeline, with the app's own authentication and authorization; its endpoints
        // join the app's endpoint data source, so the sweep discovers them like any other endpoint.
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.MapWhen(context => context.Request.Path.StartsWithSegments(Prefix), branch => branch
                .UseRouting()
                .UseAuthentication()
                .UseAuthorization()
                .UseEndpoints(MapLeaks));
            next(app);
        };

        private static void MapLeaks(IEndpointRouteBuilder endpoints)
        {
            var group = endpoints.MapGroup(Prefix).RequireAuthorization(Policies.Member);
            // Detail without the agency filter: 200 with B's data.
            group.MapGet("/invitations/{id:guid}", async (Guid id, AppDbContext db) =>
            {
                using var system = db.Scope.BeginSystemWork();
                return await db.Invitations.FindAsync(id) is { } invitation ? Results.Ok(new { invitation.Email }) : Results.NotFound();
            });
            // List that ignores the filter: B's names in the body.
            group.MapGet("/invitations", async (AppDbContext db) =>
                Results.Ok(await db.Invitations.IgnoreQueryFilters().Select(i => i.DisplayName).ToListAsync()));
            // Answers 200 for any existing record, with no data: the status alone confirms that B's record exists.
        group.MapGet("/touch/{id:guid}", async (Guid id, AppDbContext db) =>
            await db.Invitations.IgnoreQueryFilters().AnyAsync(i => i.Id == id) ? Results.NoContent() : Results.NotFound());
        // Throws on another agency's record (here: the cross-agency write guard), so 500 tells that the record exists.
        group.MapPut("/invitations/{id:guid}", async (Guid id, AppDbContext db) =>
        {
            if (await db.Invitations.IgnoreQueryFilters().SingleOrDefaultAsync(i => i.Id == id) is not { } invitation)
            {
                return Results.NotFound();
            }

            invitation.DisplayName = "renamed";
            await db.SaveChangesAsync();
            return Results.NoContent();
        });
        // Existence check that answers 403 for another agency's record instead of 404.
            group.MapGet("/exists/{id:guid}", async (Guid id, AppDbContext db) =>
                await db.Invitations.IgnoreQueryFilters().AnyAsync(i => i.Id == id) ? Results.Forbid() : Results.NotFound());
            // Write that bypasses the filter (and the cross-agency guard) and answers 404 as if nothing happened.
            group.MapDelete("/invitations/{id:guid}", async (Guid id, AppDbContext db) =>
            {
                using var system = db.Scope.BeginSystemWork();
                await db.Invitations.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.DisplayName, "changed"));
                return Results.NotFound();
            });
        }
    }
}

public sealed class LeakyIsolationFixture : IsolationFixture<LeakyAppFactory>;

/// <summary>The isolation harness must catch each kind of leak (a harness that never fails protects nothing).</summary>
public sealed class IsolationHarnessTests(LeakyIsolationFixture fixture) : IClassFixture<LeakyIsolationFixture>
{
    [Fact]
    public async Task Sweep_ReportsEveryKindOfLeak()
    {
        var report = await IsolationSweep.RunAsync(fixture.World, e => e.Route.StartsWith(LeakyAppFactory.Prefix, StringComparison.Ordinal));
        TestContext.Current.TestOutputHelper?.WriteLine(report.RenderTable());

        Assert.Equal(6, report.Endpoints.Count);
        Assert.Contains(report.Findings, f => f.Endpoint == "GET /api/test-leak/invitations/{id:guid}" && f.Problem.StartsWith("200: the response contains data of agency B", StringComparison.Ordinal));
        Assert.Contains(report.Findings, f => f.Endpoint == "GET /api/test-leak/invitations" && f.Problem.Contains("contains data of agency B", StringComparison.Ordinal));
        Assert.Contains(report.Findings, f => f.Endpoint == "GET /api/test-leak/touch/{id:guid}" && f.Problem.StartsWith("answers 204 for B's Invitation", StringComparison.Ordinal));
        Assert.Contains(report.Findings, f => f.Endpoint == "GET /api/test-leak/exists/{id:guid}" && f.Problem.StartsWith("answers 403", StringComparison.Ordinal));
        Assert.Contains(report.Findings, f => f.Endpoint == "PUT /api/test-leak/invitations/{id:guid}" && f.Problem == "server error 500");
        Assert.Contains(report.Findings, f => f.Endpoint == "DELETE /api/test-leak/invitations/{id:guid}" && f.Problem.Contains("Invitation#", StringComparison.Ordinal) && f.Problem.Contains("changed", StringComparison.Ordinal));
        // Every role of A that passes the policy is caught, not just one.
        Assert.Equal(fixture.World.Sessions.Count(s => !s.IsAnonymous), report.Findings.Count(f => f.Endpoint == "GET /api/test-leak/exists/{id:guid}"));
    }

    [Fact]
    public async Task Probes_PutTheKeyOfBIntoTheRoute_AndNameTheTarget()
    {
        var world = fixture.World;
        var endpoint = (await EndpointCatalog.DiscoverAsync(world.App.Services)).Single(e => e.Key == "GET /api/test-leak/invitations/{id:guid}");
        var record = world.RecordsB.First(r => r.Type.Name == "Invitation");

        var probes = IsolationProbes.For(endpoint, [record], firstOnly: false).ToList();

        Assert.Equal([$"GET {LeakyAppFactory.Prefix}/invitations/{record.Key}"], probes.Select(p => p.ToString()));
        Assert.Equal(record, probes[0].Target);
    }
}
