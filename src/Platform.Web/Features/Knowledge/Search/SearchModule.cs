using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Web.Infrastructure.Cli;

namespace Platform.Web.Features.Knowledge.Search;

public static class SearchModule
{
    public static IServiceCollection AddKnowledgeSearch(this IServiceCollection services)
    {
        services.AddSingleton<KnowledgeSearchSnapshot>();
        services.AddScoped<KnowledgeSearch>();
        services.AddScoped<IKnowledgeSearch>(sp => sp.GetRequiredService<KnowledgeSearch>());
        services.AddSingleton<ISaveChangesInterceptor, KnowledgeIndexInterceptor>();
        services.AddCliCommand<ReindexCommand>();
        services.AddHostedService<SearchIndexStartup>();
        return services;
    }

    public static IEndpointRouteBuilder MapKnowledgeSearch(this IEndpointRouteBuilder app)
    {
        app.MapKnowledgeSearchApi();
        return app;
    }
}
