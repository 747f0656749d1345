using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Web.Features.ApiKeys;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Infrastructure.Auth;

/// <summary>
/// Authenticates <c>Authorization: Bearer icp_…</c> or <c>X-Api-Key: icp_…</c> on /api. The principal carries the same
/// role and agency claims as a cookie session of the member, plus one <see cref="PlatformClaims.ApiKeyScope"/> per scope.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AppDbContext db,
    UserManager<Member> users,
    IUserClaimsPrincipalFactory<Member> principals,
    IAuditLog audit,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!ApiKeyAuthentication.CarriesApiKey(Request))
        {
            return AuthenticateResult.NoResult();
        }

        if (!Request.Path.StartsWithSegments(ApiKeyDefaults.ApiPath))
        {
            return await RejectAsync(null, "not-api-path", "API keys are accepted on /api only.");
        }

        var presented = ApiKeyAuthentication.ReadKey(Request);
        if (!ApiKeySecrets.TryGetPrefix(presented, out var prefix))
        {
            return await RejectAsync(null, "malformed", "The API key is malformed.");
        }

        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        if (key is null)
        {
            return await RejectAsync(null, "unknown", "The API key is not valid.");
        }

        if (!ApiKeySecrets.Matches(presented!, key.SecretHash))
        {
            // The prefix is shown in lists, so this is someone guessing (or mistyping) the secret of a real key.
            return await RejectAsync(key, "wrong-secret", "The API key is not valid.");
        }

        var now = clock.GetUtcNow();
        var status = key.StatusAt(now);
        if (status != ApiKeyStatus.Active)
        {
            return await RejectAsync(key, status == ApiKeyStatus.Revoked ? "revoked" : "expired", $"The API key is {status.ToString().ToLowerInvariant()}.");
        }

        var member = await users.FindByIdAsync(key.MemberId);
        if (member is null || member.DeactivatedAt is not null)
        {
            return await RejectAsync(key, "member-deactivated", "The API key is not valid.", member?.AgencyCode);
        }

        if (await users.IsLockedOutAsync(member))
        {
            return await RejectAsync(key, "member-locked-out", "The account of this API key is locked.", member.AgencyCode);
        }

        var principal = await BuildPrincipalAsync(member, key);
        await TouchAsync(key, now);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = """Bearer realm="InterCOP", error="invalid_token" """.TrimEnd();
        return Task.CompletedTask;
    }

    private async Task<ClaimsPrincipal> BuildPrincipalAsync(Member member, ApiKey key)
    {
        // Same claims as a cookie session (roles, agency, partner), so the agency filter and policies apply unchanged.
        var session = (ClaimsIdentity)(await principals.CreateAsync(member)).Identity!;
        var identity = new ClaimsIdentity(
            session.Claims.Where(c => c.Type != PlatformClaims.AuthenticationMethod),
            ApiKeyDefaults.AuthenticationScheme,
            session.NameClaimType,
            session.RoleClaimType);
        if (member.TwoFactorEnabled)
        {
            // Keys of members with two factors were created in a two-factor session (CreateApiKeyHandler checks it).
            identity.AddClaim(new Claim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor));
        }

        identity.AddClaim(new Claim(PlatformClaims.ApiKeyId, key.Id.ToString()));
        foreach (var scope in key.ScopeList)
        {
            identity.AddClaim(new Claim(PlatformClaims.ApiKeyScope, scope));
        }

        return new ClaimsPrincipal(identity);
    }

    private async Task TouchAsync(ApiKey key, DateTimeOffset now)
    {
        if (key.LastUsedAt is { } last && now - last < LastUsedResolution)
        {
            return;
        }

        await db.ApiKeys.Where(k => k.Id == key.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);
    }

    private async Task<AuthenticateResult> RejectAsync(ApiKey? key, string reason, string message, string? agencyCode = null)
    {
        Logger.LogWarning("API key rejected ({Reason}) on {Method} {Path}", reason, Request.Method, Request.Path);
        await audit.RecordAsync(
            new AuditEvent("api-key.rejected", nameof(ApiKey), key?.Id.ToString(), agencyCode, Details: reason),
            Context.RequestAborted);
        return AuthenticateResult.Fail(message);
    }
}
