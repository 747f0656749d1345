using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Features.Knowledge.Catalogue.Demo;
using Platform.Web.Features.Knowledge.Catalogue.Documents;
using Platform.Web.Features.Knowledge.Catalogue.Interventions;
using Platform.Web.Features.Knowledge.Catalogue.Sharing;
using Platform.Web.Infrastructure.Demo;

namespace Platform.Web.Features.Knowledge.Catalogue;

public static class CatalogueModule
{
    /// <summary>The page that takes uploads; it gets the same request size limit as the upload API.</summary>
    public const string UploadPage = "/Knowledge/Catalogue/Documents/Index";

    public static IServiceCollection AddKnowledgeCatalogue(this IServiceCollection services)
    {
        services.AddKnowledgePolicies();
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section);
        services.AddOptions<RazorPagesOptions>().Configure<Microsoft.Extensions.Options.IOptions<KnowledgeOptions>>((pages, knowledge) =>
        {
            var limit = knowledge.Value.MaxUploadBytes + KnowledgeOptions.FormOverheadBytes;
            pages.Conventions.AddPageApplicationModelConvention(UploadPage, model =>
            {
                model.EndpointMetadata.Add(new RequestSizeLimitAttribute(limit));
                model.EndpointMetadata.Add(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = limit });
            });
        });

        services.AddScoped<ItemSharing>();
        services.AddScoped<ShareItemHandler>();
        services.AddScoped<ListInterventionsHandler>();
        services.AddScoped<GetInterventionHandler>();
        services.AddScoped<CreateInterventionHandler>();
        services.AddScoped<UpdateInterventionHandler>();
        services.AddScoped<SaveTranslationHandler>();
        services.AddScoped<UploadDocumentHandler>();
        services.AddScoped<ListDocumentsHandler>();
        services.AddSingleton<IDemoSeeder, CatalogueDemoSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapKnowledgeCatalogue(this IEndpointRouteBuilder app)
    {
        app.MapInterventionsApi();
        app.MapDocumentsApi();
        return app;
    }
}
