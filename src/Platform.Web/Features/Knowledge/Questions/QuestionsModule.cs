namespace Platform.Web.Features.Knowledge.Questions;

public static class QuestionsModule
{
    public static IServiceCollection AddKnowledgeQuestions(this IServiceCollection services)
    {
        services.AddQuestionPolicies();
        services.AddScoped<QuestionMailer>();
        services.AddScoped<ListQuestionsHandler>();
        services.AddScoped<AskQuestionHandler>();
        services.AddScoped<AnswerQuestionHandler>();
        services.AddScoped<ResolveQuestionHandler>();
        services.AddScoped<SetQuestionMailHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapKnowledgeQuestions(this IEndpointRouteBuilder app)
    {
        app.MapQuestionsApi();
        return app;
    }
}
