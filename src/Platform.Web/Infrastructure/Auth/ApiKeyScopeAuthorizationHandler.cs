using Microsoft.AspNetCore.Authorization;
using Platform.Web.Features.ApiKeys;
using Platform.Web.Features.Audit;

namespace Platform.Web.Infrastructure.Auth;

/// <summary>
/// Runs for every authorization check (it handles no particular requirement), so every policy, present and future,
/// limits API-key requests: GET/HEAD need scope "read", other methods "write", and only /api accepts keys at all.
/// </summary>
internal sealed class ApiKeyScopeAuthorizationHandler(IHttpContextAccessor accessor, IAuditLog audit) : IAuthorizationHandler
{
    public async Task HandleAsync(AuthorizationHandlerContext context)
    {
        if (context.User.Identity is not { IsAuthenticated: true, AuthenticationType: ApiKeyDefaults.AuthenticationScheme })
        {
            return;
        }

        var http = context.Resource as HttpContext ?? accessor.HttpContext;
        if (http is null || !http.Request.Path.StartsWithSegments(ApiKeyDefaults.ApiPath))
        {
            context.Fail(new AuthorizationFailureReason(this, "API keys are accepted on /api only."));
            return;
        }

        var needed = ApiKeyScopes.RequiredFor(http.Request.Method);
        if (!context.User.HasClaim(PlatformClaims.ApiKeyScope, needed))
        {
            context.Fail(new AuthorizationFailureReason(this, $"The API key lacks the '{needed}' scope."));
            await audit.RecordAsync(
                new AuditEvent("api-key.scope-denied", nameof(ApiKey), context.User.FindFirst(PlatformClaims.ApiKeyId)?.Value,
                    Details: $"{http.Request.Method} needs {needed}"),
                http.RequestAborted);
        }
    }
}
