using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Platform.Web.Features.Network;

/// <summary>Turns an <see cref="Outcome{T}"/> into an HTTP answer (API) or into ModelState errors (pages).</summary>
public static class OutcomeResults
{
    public static Results<Ok<T>, NotFound, ValidationProblem> ToApiResult<T>(this Outcome<T> outcome) =>
        outcome.IsNotFound ? TypedResults.NotFound()
        : outcome.IsInvalid ? TypedResults.ValidationProblem(outcome.Errors)
        : TypedResults.Ok(outcome.Value!);

    public static Results<Created<T>, NotFound, ValidationProblem> ToCreatedResult<T>(this Outcome<T> outcome, Func<T, string> location) =>
        outcome.IsNotFound ? TypedResults.NotFound()
        : outcome.IsInvalid ? TypedResults.ValidationProblem(outcome.Errors)
        : TypedResults.Created(location(outcome.Value!), outcome.Value!);

    public static Results<NoContent, NotFound, ValidationProblem> ToNoContentResult<T>(this Outcome<T> outcome) =>
        outcome.IsNotFound ? TypedResults.NotFound()
        : outcome.IsInvalid ? TypedResults.ValidationProblem(outcome.Errors)
        : TypedResults.NoContent();

    /// <summary>Adds the errors under "{prefix}.{Property}", so asp-validation-for shows them next to the field.</summary>
    public static void AddTo<T>(this Outcome<T> outcome, ModelStateDictionary modelState, IStringLocalizer localizer, string prefix = "Input")
    {
        foreach (var (field, messages) in outcome.Errors)
        {
            var key = string.IsNullOrEmpty(field) ? "" : $"{prefix}.{field}";
            foreach (var message in messages)
            {
                modelState.AddModelError(key, localizer[message]);
            }
        }
    }
}
