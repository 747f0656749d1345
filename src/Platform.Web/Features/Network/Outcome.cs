using System.ComponentModel.DataAnnotations;

namespace Platform.Web.Features.Network;

/// <summary>
/// What a use case answers: a value, "not found" (also for records of another agency), or validation errors keyed
/// by request property name with English messages that pages localise.
/// </summary>
public sealed class Outcome<T>
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    internal Outcome(T? value, bool isNotFound, IReadOnlyDictionary<string, string[]>? errors)
    {
        Value = value;
        IsNotFound = isNotFound;
        Errors = errors ?? NoErrors;
    }

    public T? Value { get; }

    public bool IsNotFound { get; }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public bool IsInvalid => Errors.Count > 0;
}

public static class Outcome
{
    public static Outcome<T> Ok<T>(T value) => new(value, false, null);

    public static Outcome<T> NotFound<T>() => new(default, true, null);

    public static Outcome<T> Invalid<T>(string field, string message) =>
        new(default, false, new Dictionary<string, string[]> { [field] = [message] });

    public static Outcome<T> Invalid<T>(IReadOnlyDictionary<string, string[]> errors) => new(default, false, errors);

    /// <summary>DataAnnotations of a request, checked again here so the API, the pages and tests share one rule set.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(object request)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true);
        return results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Member: m, Message: r.ErrorMessage ?? "Invalid value.")))
            .GroupBy(e => e.Member, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
    }
}
