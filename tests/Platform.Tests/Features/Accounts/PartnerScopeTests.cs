using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Accounts;

public sealed class PartnerScopeTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Claims_OfPartnerMember_CarryNoAgencyScope()
    {
        var partnerId = Guid.CreateVersion7();
        await app.EnsureAgencyAsync("NL");
        await app.WithSystemDbAsync(async db =>
        {
            db.PartnerOrganisations.Add(new PartnerOrganisation { Id = partnerId, Name = "Example school network", Kind = PartnerKind.School, AgencyCode = "NL" });
            await db.SaveChangesAsync();
        });
        var partner = await app.CreateMemberAsync("NL", Roles.PartnerContributor, twoFactor: false, partnerOrganisationId: partnerId);
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);

        var (partnerPrincipal, officerPrincipal) = await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<Member>>();
            var factory = sp.GetRequiredService<IUserClaimsPrincipalFactory<Member>>();
            return (await factory.CreateAsync((await users.FindByIdAsync(partner.Id))!),
                    await factory.CreateAsync((await users.FindByIdAsync(officer.Id))!));
        });

        Assert.Null(partnerPrincipal.FindFirst(PlatformClaims.Agency));
        Assert.Equal("NL", partnerPrincipal.FindFirst(PlatformClaims.SponsorAgency)?.Value);
        Assert.Equal(partnerId.ToString(), partnerPrincipal.FindFirst(PlatformClaims.PartnerOrganisation)?.Value);
        Assert.Equal("NL", officerPrincipal.FindFirst(PlatformClaims.Agency)?.Value);
    }
}
