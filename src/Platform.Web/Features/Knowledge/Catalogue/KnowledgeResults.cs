using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Web.Features.Network;

namespace Platform.Web.Features.Knowledge.Catalogue;

/// <summary>API answers for catalogue outcomes: a stale <c>Version</c> is a 409 conflict, other errors a validation problem.</summary>
public static class KnowledgeResults
{
    /// <summary>The error key of an optimistic-concurrency conflict.</summary>
    public const string VersionField = "Version";

    public static bool IsConflict<T>(this Outcome<T> outcome) => outcome.Errors.ContainsKey(VersionField);

    public static Results<Ok<T>, NotFound, ValidationProblem, ProblemHttpResult> ToKnowledgeResult<T>(this Outcome<T> outcome) =>
        outcome.IsNotFound ? TypedResults.NotFound()
        : outcome.IsConflict() ? Conflict(outcome)
        : outcome.IsInvalid ? TypedResults.ValidationProblem(outcome.Errors)
        : TypedResults.Ok(outcome.Value!);

    public static Results<Created<T>, NotFound, ValidationProblem, ProblemHttpResult> ToKnowledgeCreated<T>(this Outcome<T> outcome, Func<T, string> location) =>
        outcome.IsNotFound ? TypedResults.NotFound()
        : outcome.IsInvalid ? TypedResults.ValidationProblem(outcome.Errors)
        : TypedResults.Created(location(outcome.Value!), outcome.Value!);

    private static ProblemHttpResult Conflict<T>(Outcome<T> outcome) =>
        TypedResults.Problem(title: "Edit conflict", detail: outcome.Errors[VersionField][0], statusCode: StatusCodes.Status409Conflict);
}
