using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.ApiKeys;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.ApiKeys;

/// <summary>The handler's own checks, independent of the middleware that guards pages and API calls in front of it.</summary>
public sealed class CreateApiKeyHandlerTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(Roles.CaseWorker, false, CreateApiKeyOutcome.TwoFactorRequired)]
    [InlineData(Roles.CountryAdmin, false, CreateApiKeyOutcome.TwoFactorRequired)]
    [InlineData(Roles.CaseWorker, true, CreateApiKeyOutcome.Created)]
    [InlineData(Roles.Viewer, false, CreateApiKeyOutcome.Created)]
    public async Task Create_NeedsTwoFactorSession_ForPersonalDataRoles(string role, bool mfa, CreateApiKeyOutcome expected)
    {
        var member = await app.CreateMemberAsync("NL", role, twoFactor: mfa);

        var result = await CreateAsync(member, IdentityConstants.ApplicationScheme, mfa);

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(expected == CreateApiKeyOutcome.Created, result.Key is not null);
    }

    [Fact]
    public async Task Create_WithApiKeyIdentity_IsRefused()
    {
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);

        var result = await CreateAsync(officer, ApiKeyDefaults.AuthenticationScheme, mfa: true);

        Assert.Equal(CreateApiKeyOutcome.InteractiveSessionRequired, result.Outcome);
    }

    [Fact]
    public async Task Create_BeyondTheActiveKeyLimit_IsRefused()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        for (var i = 0; i < ApiKeyLimits.MaxActiveKeysPerMember; i++)
        {
            await app.CreateApiKeyAsync(viewer);
        }

        var result = await CreateAsync(viewer, IdentityConstants.ApplicationScheme, mfa: false);

        Assert.Equal(CreateApiKeyOutcome.TooManyKeys, result.Outcome);
    }

    private async Task<CreateApiKeyResult> CreateAsync(TestMember member, string authenticationType, bool mfa) =>
        await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<Member>>();
            var session = (ClaimsIdentity)(await sp.GetRequiredService<IUserClaimsPrincipalFactory<Member>>()
                .CreateAsync((await users.FindByIdAsync(member.Id))!)).Identity!;
            var identity = new ClaimsIdentity(session.Claims, authenticationType, session.NameClaimType, session.RoleClaimType);
            if (mfa)
            {
                identity.AddClaim(new Claim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor));
            }

            return await sp.GetRequiredService<CreateApiKeyHandler>().HandleAsync(
                new ClaimsPrincipal(identity), new CreateApiKeyRequest { Name = "handler test" }, TestContext.Current.CancellationToken);
        });
}
