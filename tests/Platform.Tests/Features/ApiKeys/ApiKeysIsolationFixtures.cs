using Platform.Tests.Guards;
using Platform.Web.Features.ApiKeys;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.ApiKeys;

/// <summary>An API key of a member of agency B: other members (of any agency) must not see or revoke it.</summary>
public sealed class ApiKeysIsolationFixtures : IIsolationFixtureSource
{
    public void Register(IsolationFixtureBuilders builders) =>
        builders.Add(c =>
        {
            var prefix = ApiKeySecrets.NewPrefix();
            return c.Db.ApiKeys.Add(new ApiKey
            {
                MemberId = c.Member(Roles.PreventionOfficer).Id,
                Name = c.Marker("ApiKeyName"),
                Prefix = prefix,
                SecretHash = ApiKeySecrets.Hash(ApiKeySecrets.NewKey(prefix)),
                Scopes = "read write",
                CreatedAt = c.Clock.GetUtcNow(),
                ExpiresAt = c.Clock.GetUtcNow().AddDays(30),
            }).Entity;
        });
}
