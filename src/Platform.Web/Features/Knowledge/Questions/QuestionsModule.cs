namespace Platform.Web.Features.Knowledge.Questions;

public static class QuestionsModule
{
    public static IServiceCollection AddKnowledgeQuestions(this IServiceCollection services)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapKnowledgeQuestions(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
