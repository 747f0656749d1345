using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.ApiKeys;

public sealed class CreateApiKeyRequest
{
    [Required(ErrorMessage = "Enter a name for the key.")]
    [StringLength(ApiKeyLimits.NameLength, ErrorMessage = "Use at most 100 characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [MinLength(1, ErrorMessage = "Choose at least one scope.")]
    [Display(Name = "Scopes")]
    public List<string> Scopes { get; set; } = [ApiKeyScopes.Read];

    [Range(1, ApiKeyLimits.MaxLifetimeDays, ErrorMessage = "Choose between 1 and 365 days.")]
    [Display(Name = "Valid for (days)")]
    public int ExpiresInDays { get; set; } = ApiKeyLimits.DefaultLifetimeDays;
}

public enum CreateApiKeyOutcome
{
    Created,
    InvalidScopes,
    TwoFactorRequired,
    InteractiveSessionRequired,
    TooManyKeys,
}

/// <param name="Key">The full key; returned only here and never stored.</param>
public sealed record CreatedApiKey(
    Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, string Key);

public sealed record CreateApiKeyResult(CreateApiKeyOutcome Outcome, CreatedApiKey? Key = null);

public sealed class CreateApiKeyHandler(AppDbContext db, UserManager<Member> users, IAuditLog audit, TimeProvider clock)
{
    public async Task<CreateApiKeyResult> HandleAsync(ClaimsPrincipal user, CreateApiKeyRequest request, CancellationToken cancellationToken = default)
    {
        // A leaked key must not be able to mint longer-lived successors: keys are created in a browser session only.
        if (user.Identity?.AuthenticationType == ApiKeyDefaults.AuthenticationScheme)
        {
            return new(CreateApiKeyOutcome.InteractiveSessionRequired);
        }

        // The two-factor middleware guards pages; the API path and any future caller go through this check too.
        if (Roles.RequiresTwoFactor(Roles.All.Where(user.IsInRole))
            && !user.HasClaim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor))
        {
            return new(CreateApiKeyOutcome.TwoFactorRequired);
        }

        // JSON may bind "scopes": null or [null] past the validation attributes.
        var requested = request.Scopes ?? [];
        if (requested.Any(s => s is null))
        {
            return new(CreateApiKeyOutcome.InvalidScopes);
        }

        var scopes = ApiKeyScopes.Normalize(requested);
        if (scopes.Length == 0 || requested.Any(s => !ApiKeyScopes.IsKnown(s.Trim().ToLowerInvariant())))
        {
            return new(CreateApiKeyOutcome.InvalidScopes);
        }

        var memberId = users.GetUserId(user) ?? throw new InvalidOperationException("No signed-in member.");
        var now = clock.GetUtcNow();
        var active = await db.ApiKeys.CountAsync(k => k.MemberId == memberId && k.RevokedAt == null && k.ExpiresAt > now, cancellationToken);
        if (active >= ApiKeyLimits.MaxActiveKeysPerMember)
        {
            return new(CreateApiKeyOutcome.TooManyKeys);
        }

        var prefix = await UnusedPrefixAsync(cancellationToken);
        var key = ApiKeySecrets.NewKey(prefix);
        var days = Math.Clamp(request.ExpiresInDays, 1, ApiKeyLimits.MaxLifetimeDays);
        var apiKey = new ApiKey
        {
            MemberId = memberId,
            Name = request.Name.Trim(),
            Prefix = prefix,
            SecretHash = ApiKeySecrets.Hash(key),
            Scopes = scopes,
            CreatedAt = now,
            ExpiresAt = now.AddDays(days),
        };
        db.ApiKeys.Add(apiKey);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(
            new AuditEvent("api-key.created", nameof(ApiKey), apiKey.Id.ToString(), Details: $"prefix {prefix}; scopes {scopes}; {days} days"),
            cancellationToken);
        return new(CreateApiKeyOutcome.Created, new CreatedApiKey(
            apiKey.Id, apiKey.Name, prefix, apiKey.ScopeList, apiKey.CreatedAt, apiKey.ExpiresAt, key));
    }

    private async Task<string> UnusedPrefixAsync(CancellationToken cancellationToken)
    {
        // 36^8 prefixes make a collision very unlikely; the unique index is the final guard.
        while (true)
        {
            var prefix = ApiKeySecrets.NewPrefix();
            if (!await db.ApiKeys.AnyAsync(k => k.Prefix == prefix, cancellationToken))
            {
                return prefix;
            }
        }
    }
}
