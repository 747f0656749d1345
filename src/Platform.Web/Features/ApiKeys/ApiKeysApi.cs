using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Web;

namespace Platform.Web.Features.ApiKeys;

/// <summary>REST access to the caller's own API keys: /api/me/api-keys.</summary>
internal static class ApiKeysApi
{
    public static void MapApiKeysApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/me/api-keys", "API keys").RequireAuthorization(Policies.Member);
        group.MapGet("", ListAsync).WithName("ListApiKeys").WithSummary("Lists your API keys, newest first.");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetApiKey").WithSummary("One of your API keys.");
        group.MapPost("", CreateAsync).WithName("CreateApiKey")
            .WithSummary("Creates an API key; the response holds the key, which is never shown again.")
            .WithDescription("Needs a browser session (not an API key) and, for roles with access to personal data, a two-factor sign-in.");
        group.MapDelete("/{id:guid}", RevokeAsync).WithName("RevokeApiKey").WithSummary("Revokes one of your API keys.");
    }

    private static async Task<Ok<ApiKeyList>> ListAsync(
        ClaimsPrincipal user, ListApiKeysHandler handler, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default) =>
        TypedResults.Ok(await handler.HandleAsync(user, page, pageSize, cancellationToken));

    private static async Task<Results<Ok<ApiKeySummary>, NotFound>> GetAsync(
        Guid id, ClaimsPrincipal user, ListApiKeysHandler handler, CancellationToken cancellationToken) =>
        await handler.FindAsync(user, id, cancellationToken) is { } key ? TypedResults.Ok(key) : TypedResults.NotFound();

    private static async Task<Results<Created<CreatedApiKey>, ProblemHttpResult>> CreateAsync(
        CreateApiKeyRequest request, ClaimsPrincipal user, CreateApiKeyHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(user, request, cancellationToken);
        return result.Outcome switch
        {
            CreateApiKeyOutcome.Created => TypedResults.Created($"/api/me/api-keys/{result.Key!.Id}", result.Key),
            CreateApiKeyOutcome.InvalidScopes => Problem(StatusCodes.Status400BadRequest, "Unknown scope",
                $"Scopes are {string.Join(", ", ApiKeyScopes.All)}; choose at least one."),
            CreateApiKeyOutcome.TwoFactorRequired => Problem(StatusCodes.Status403Forbidden, "Two-factor sign-in required",
                "Your role reaches personal data: sign in with two factors to create an API key."),
            CreateApiKeyOutcome.InteractiveSessionRequired => Problem(StatusCodes.Status403Forbidden, "Browser session required",
                "API keys cannot create API keys; create them on /Accounts/ApiKeys."),
            CreateApiKeyOutcome.TooManyKeys => Problem(StatusCodes.Status409Conflict, "Too many active keys",
                $"Revoke an old key first; at most {ApiKeyLimits.MaxActiveKeysPerMember} keys can be active."),
            _ => throw new InvalidOperationException($"Unhandled outcome {result.Outcome}."),
        };
    }

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(
        Guid id, ClaimsPrincipal user, RevokeApiKeyHandler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(user, id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status);
}
