using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Network;
using Platform.Web.Features.Network.Members;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Network;

/// <summary>The list reads its page first and counts only when more rows may follow; the total must not change.</summary>
public sealed class MemberListPagingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task HandleAsync_AnyPage_ReportsTheTrueTotal()
    {
        var admin = await app.CreateMemberAsync("FI", Roles.CountryAdmin);
        var prefix = $"pg{Guid.NewGuid():N}"[..10];
        for (var i = 0; i < 7; i++)
        {
            await app.CreateMemberAsync("FI", Roles.Viewer, email: $"{prefix}.{i}@example.test");
        }

        var actor = new NetworkActor(admin.Id, "FI", IsNetworkAdmin: false, IsCountryAdmin: true);

        Assert.Equal((7, 7), await ListAsync(actor, new MemberQuery(prefix)));
        Assert.Equal((3, 7), await ListAsync(actor, new MemberQuery(prefix, Page: 1, PageSize: 3)));
        Assert.Equal((1, 7), await ListAsync(actor, new MemberQuery(prefix, Page: 3, PageSize: 3)));
        Assert.Equal((0, 7), await ListAsync(actor, new MemberQuery(prefix, Page: 4, PageSize: 3)));
        Assert.Equal((7, 7), await ListAsync(actor, new MemberQuery(prefix, Page: 1, PageSize: 7)));
        Assert.Equal((0, 0), await ListAsync(actor, new MemberQuery("nobody-" + prefix)));
    }

    [Fact]
    public async Task HandleAsync_MemberWithSeveralRoles_OneRowWithRolesInOrder()
    {
        var admin = await app.CreateMemberAsync("SE", Roles.CountryAdmin);
        var prefix = $"rl{Guid.NewGuid():N}"[..10];
        var several = await app.CreateMemberAsync("SE", Roles.PreventionOfficer, email: $"{prefix}.a@example.test");
        var single = await app.CreateMemberAsync("SE", Roles.Viewer, email: $"{prefix}.b@example.test");
        await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<Member>>();
            var member = await users.FindByIdAsync(several.Id);
            Assert.True((await users.AddToRoleAsync(member!, Roles.CaseWorker)).Succeeded);
        });
        var actor = new NetworkActor(admin.Id, "SE", IsNetworkAdmin: false, IsCountryAdmin: true);

        var page = await app.WithScopeAsync(sp =>
            sp.GetRequiredService<ListMembersHandler>().HandleAsync(actor, new MemberQuery(prefix), TestContext.Current.CancellationToken));

        Assert.Equal(2, page.Total);
        Assert.Equal(2, page.Items.Count);
        Assert.Equal(new[] { Roles.CaseWorker, Roles.PreventionOfficer }.Order(StringComparer.Ordinal), page.Items.Single(m => m.Id == several.Id).Roles);
        Assert.Equal([Roles.Viewer], page.Items.Single(m => m.Id == single.Id).Roles);
    }

    private Task<(int Items, int Total)> ListAsync(NetworkActor actor, MemberQuery query) =>
        app.WithScopeAsync(async sp =>
        {
            var page = await sp.GetRequiredService<ListMembersHandler>().HandleAsync(actor, query, TestContext.Current.CancellationToken);
            return (page.Items.Count, page.Total);
        });
}
