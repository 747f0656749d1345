using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

// Not "Platform.Tests.Platform": that namespace would shadow "Platform.Web" in every test namespace.
namespace Platform.Tests.Guards;

/// <summary>A page handler (OnGet, OnPostRevoke…): its HTTP method, name (for ?handler=) and simple parameters.</summary>
public sealed record PageHandler(string Method, string? Name, IReadOnlyList<(string Name, Type Type)> Parameters);

/// <summary>One routable endpoint of the app: a minimal API or a Razor page, with its authorization metadata.</summary>
public sealed record PlatformEndpoint(
    string Route,
    RoutePattern Pattern,
    bool IsPage,
    IReadOnlyList<string> Methods,
    IReadOnlyList<PageHandler> Handlers,
    IReadOnlyList<(string Name, Type Type)> BoundProperties,
    Type? JsonBodyType,
    EndpointMetadataCollection Metadata)
{
    /// <summary>"PAGE /Accounts/SignIn" or "GET /api/me/api-keys/{id:guid}"; used in allow-lists and reports.</summary>
    public string Key => IsPage ? $"PAGE {Route}" : $"{string.Join(",", Methods)} {Route}";

    public bool AllowsAnonymous => Metadata.GetMetadata<IAllowAnonymous>() is not null;

    public IReadOnlyList<IAuthorizeData> AuthorizeData => Metadata.GetOrderedMetadata<IAuthorizeData>();

    public IReadOnlyList<string> PolicyNames =>
        [.. AuthorizeData.Select(a => a.Policy).OfType<string>().Where(p => p.Length > 0).Distinct(StringComparer.Ordinal)];

    public IReadOnlyList<string> RoleNames =>
        [.. AuthorizeData.Select(a => a.Roles).OfType<string>().Where(r => r.Length > 0).Distinct(StringComparer.Ordinal)];

    public bool HasParameters => Pattern.Parameters.Count > 0;

    public string AccessLabel =>
        AllowsAnonymous ? "anonymous"
        : string.Join(" + ", PolicyNames.Concat(RoleNames.Select(r => $"roles:{r}"))) is { Length: > 0 } named ? named
        : "(unnamed)";
}

public static class EndpointCatalog
{
    /// <summary>Every route endpoint, pages included (with the metadata of their compiled page model).</summary>
    public static async Task<IReadOnlyList<PlatformEndpoint>> DiscoverAsync(IServiceProvider services)
    {
        var pageLoader = services.GetRequiredService<PageLoader>();
        var result = new List<PlatformEndpoint>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            // Group prefixes leave a trailing slash in the raw text ("/api/x/" for MapGet("") in group "/api/x").
            var route = "/" + (endpoint.RoutePattern.RawText ?? "").Trim('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                // Page-model attributes ([Authorize], [AllowAnonymous]) are only on the compiled page's endpoint.
                var compiled = await pageLoader.LoadAsync(page, endpoint.Metadata);
                var handlers = compiled.HandlerMethods
                    .Select(h => new PageHandler(h.HttpMethod.ToUpperInvariant(), h.Name, [.. h.Parameters.Select(p => (p.Name, p.ParameterType))]))
                    .ToList();
                if (handlers.Count == 0)
                {
                    handlers.Add(new PageHandler("GET", null, []));
                }

                result.Add(new PlatformEndpoint(
                    route, endpoint.RoutePattern, IsPage: true,
                    [.. handlers.Select(h => h.Method).Distinct(StringComparer.Ordinal)],
                    handlers,
                    [.. compiled.BoundProperties.Select(p => (p.Name, p.ParameterType))],
                    JsonBodyType: null,
                    compiled.Endpoint?.Metadata ?? endpoint.Metadata));
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            var body = endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>()
                .FirstOrDefault(a => a.ContentTypes.Any(c => c.Contains("json", StringComparison.Ordinal)))?.RequestType;
            result.Add(new PlatformEndpoint(
                route, endpoint.RoutePattern, IsPage: false,
                methods.Count == 0 ? ["*"] : [.. methods.Order(StringComparer.Ordinal)],
                [], [], body, endpoint.Metadata));
        }

        return [.. result.OrderBy(e => e.Route, StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal)];
    }
}
