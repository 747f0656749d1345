using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Platform.Web.Infrastructure.Auth;
using Scalar.AspNetCore;

namespace Platform.Web.Features.ApiKeys;

/// <summary>
/// The OpenAPI document (/api/openapi/v1.json) gets a title, description and the ApiKey security scheme; the
/// browsable reference (/api/reference) is Scalar, whose script is embedded in its package and served by this app.
/// </summary>
internal static class ApiDocumentation
{
    public const string DocumentName = "v1";
    public const string ReferencePath = "/api/reference";

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.Configure<OpenApiOptions>(DocumentName, o =>
        {
            o.AddDocumentTransformer(DescribeDocument);
            o.AddOperationTransformer(RequireApiKey);
        });
        return services;
    }

    public static void MapApiReference(this WebApplication app) =>
        app.MapScalarApiReference(ReferencePath, o => o
                .WithTitle("InterCOP Platform API")
                .WithOpenApiRoutePattern("/api/openapi/{documentName}.json")
                .AddPreferredSecuritySchemes(ApiKeyDefaults.AuthenticationScheme)
                // No internet on many deployments, and no calls to third parties from a police network.
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .HideClientButton())
            .AllowAnonymous()
            .ExcludeFromDescription();

    private static Task DescribeDocument(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "InterCOP Platform API",
            Version = DocumentName,
            Description = """
                REST API of the InterCOP Platform, the shared workspace of the International Cyber Offender Prevention network.
                Every call acts as one member, with that member's roles and agency: records of other agencies do not exist for you (404).

                **Authentication.** Create a personal API key on `/Accounts/ApiKeys` and send it as `Authorization: Bearer icp_…`
                or `X-Api-Key: icp_…`. Scope `read` allows GET and HEAD, `write` every other method. Keys expire (at most 365 days)
                and can be revoked at any time. A browser session works too, but then state-changing calls need the `X-CSRF-TOKEN` header.

                **Lists** take `page` and `pageSize` (at most 100) and return `total`. Errors are RFC 9457 problem details.
                """,
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[ApiKeyDefaults.AuthenticationScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "icp_<prefix>_<secret>",
            Description = "Personal API key, sent as a bearer token (or in the X-Api-Key header).",
        };
        return Task.CompletedTask;
    }

    private static Task RequireApiKey(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (!metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(ApiKeyDefaults.AuthenticationScheme, context.Document)] = [],
            });
        }

        return Task.CompletedTask;
    }
}
