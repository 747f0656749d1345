using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Platform.Web.Features.Cases.Work;

/// <summary>
/// What a case use case answers: a value, not found (also another agency's record), validation errors (English
/// messages keyed by input property), or a version conflict with the version now stored.
/// </summary>
public sealed class CaseOutcome<T>
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    internal CaseOutcome(T? value, bool isNotFound, IReadOnlyDictionary<string, string[]>? errors, int? conflictVersion)
    {
        Value = value;
        IsNotFound = isNotFound;
        Errors = errors ?? NoErrors;
        ConflictVersion = conflictVersion;
    }

    public T? Value { get; }

    public bool IsNotFound { get; }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public bool IsInvalid => Errors.Count > 0;

    /// <summary>Set when someone else changed the case since the caller read it: the version stored now.</summary>
    public int? ConflictVersion { get; }

    public bool IsConflict => ConflictVersion is not null;

    public bool IsOk => !IsNotFound && !IsInvalid && !IsConflict;
}

public static class CaseOutcome
{
    public const string ConflictMessage = "Someone else changed this case since you opened it. Nothing was saved.";

    public static CaseOutcome<T> Ok<T>(T value) => new(value, false, null, null);

    public static CaseOutcome<T> NotFound<T>() => new(default, true, null, null);

    public static CaseOutcome<T> Invalid<T>(string field, string message) =>
        new(default, false, new Dictionary<string, string[]> { [field] = [message] }, null);

    public static CaseOutcome<T> Invalid<T>(IReadOnlyDictionary<string, string[]> errors) => new(default, false, errors, null);

    public static CaseOutcome<T> Conflict<T>(int currentVersion) => new(default, false, null, currentVersion);

    public static Dictionary<string, string[]> Validate(object request)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true);
        return results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Member: m, Message: r.ErrorMessage ?? "Invalid value.")))
            .GroupBy(e => e.Member, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Adds the errors under "{prefix}.{Property}" so they show next to the fields.</summary>
    public static void AddTo<T>(this CaseOutcome<T> outcome, ModelStateDictionary modelState, IStringLocalizer localizer, string prefix = "Input")
    {
        foreach (var (field, messages) in outcome.Errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(string.IsNullOrEmpty(field) ? "" : $"{prefix}.{field}", localizer[message]);
            }
        }
    }
}
