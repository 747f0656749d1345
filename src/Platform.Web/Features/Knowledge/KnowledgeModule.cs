using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Events;
using Platform.Web.Features.Knowledge.Evidence;
using Platform.Web.Features.Knowledge.Questions;
using Platform.Web.Features.Knowledge.Search;

namespace Platform.Web.Features.Knowledge;

/// <summary>Knowledge exchange: intervention catalogue, evidence, adoptions, search, events and Q&amp;A.</summary>
public static class KnowledgeModule
{
    public static IServiceCollection AddKnowledge(this IServiceCollection services) => services
        .AddKnowledgeCatalogue()
        .AddKnowledgeEvidence()
        .AddKnowledgeSearch()
        .AddKnowledgeEvents()
        .AddKnowledgeQuestions();

    public static WebApplication MapKnowledge(this WebApplication app)
    {
        app.MapKnowledgeCatalogue()
            .MapKnowledgeEvidence()
            .MapKnowledgeSearch()
            .MapKnowledgeEvents()
            .MapKnowledgeQuestions();
        return app;
    }
}
