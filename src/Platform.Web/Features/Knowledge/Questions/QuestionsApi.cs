using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Web;

namespace Platform.Web.Features.Knowledge.Questions;

internal static class QuestionsApi
{
    public static void MapQuestionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/knowledge/interventions/{interventionId:guid}/questions", "Knowledge questions");

        group.MapGet("/", async Task<Results<Ok<PageOf<QuestionView>>, NotFound, ValidationProblem>> (Guid interventionId, int? page, int? pageSize, ClaimsPrincipal user, ListQuestionsHandler handler, CancellationToken ct) =>
                (await handler.ForInterventionAsync(QuestionActor.From(user), interventionId, page, pageSize, ct)).ToApiResult())
            .WithSummary("Questions to the owning team of an intervention you can see, newest first")
            .RequireAuthorization(Policies.Member);

        group.MapPost("/", async Task<Results<Created<QuestionView>, NotFound, ValidationProblem>> (Guid interventionId, QuestionInput input, ClaimsPrincipal user, AskQuestionHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(QuestionActor.From(user), interventionId, input, ct)).ToCreatedResult(q => $"/api/knowledge/interventions/{interventionId}/questions/{q.Id}"))
            .WithSummary("Ask the owning team a question (at most 20 an hour)")
            .RequireAuthorization(Policies.Member);

        group.MapGet("/{questionId:guid}", async Task<Results<Ok<QuestionView>, NotFound>> (Guid interventionId, Guid questionId, ClaimsPrincipal user, ListQuestionsHandler handler, CancellationToken ct) =>
                await handler.FindAsync(QuestionActor.From(user), questionId, ct) is { } q && q.InterventionId == interventionId ? TypedResults.Ok(q) : TypedResults.NotFound())
            .WithSummary("One question and its answer")
            .RequireAuthorization(Policies.Member);

        group.MapPost("/{questionId:guid}/answer", async Task<Results<Ok<QuestionView>, NotFound, ValidationProblem>> (Guid interventionId, Guid questionId, AnswerInput input, ClaimsPrincipal user, AnswerQuestionHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(QuestionActor.From(user), interventionId, questionId, input, ct)).ToApiResult())
            .WithSummary("Answer a question to your agency's intervention")
            .RequireAuthorization(QuestionPolicies.Answerer);

        group.MapPost("/{questionId:guid}/resolve", async Task<Results<Ok<QuestionView>, NotFound, ValidationProblem>> (Guid interventionId, Guid questionId, ClaimsPrincipal user, ResolveQuestionHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(QuestionActor.From(user), interventionId, questionId, ct)).ToApiResult())
            .WithSummary("Mark your own question resolved")
            .RequireAuthorization(Policies.Member);
    }
}
