using System.ComponentModel.DataAnnotations;

namespace Platform.Web.Features.Knowledge.Evidence.Evaluations;

public sealed class EvaluationInput
{
    [Required(ErrorMessage = "Enter the title of the evaluation.")]
    [StringLength(300, ErrorMessage = "The title can be at most 300 characters.")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Enter the country where the evaluation took place.")]
    [RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "Enter the two-letter country code, such as NL or FI.")]
    public string CountryCode { get; set; } = "";

    [Range(1990, 2100, ErrorMessage = "Enter the year the evaluation was published, from 1990.")]
    public int Year { get; set; }

    public EvaluationDesign Design { get; set; } = EvaluationDesign.ProcessOnly;

    [Range(0, 10_000_000, ErrorMessage = "The sample size cannot be negative.")]
    public int? SampleSize { get; set; }

    [Range(0, 600, ErrorMessage = "Enter the follow-up in months, from 0 to 600.")]
    public int? FollowUpMonths { get; set; }

    public bool IndependentEvaluator { get; set; }

    [StringLength(500, ErrorMessage = "The link can be at most 500 characters.")]
    public string? Url { get; set; }

    [StringLength(4000, ErrorMessage = "The summary can be at most 4000 characters.")]
    public string? Summary { get; set; }

    public List<FindingInput> Findings { get; set; } = [];
}

public sealed class FindingInput
{
    public EvidenceOutcome Outcome { get; set; }

    public FindingResult Result { get; set; }

    [StringLength(1000, ErrorMessage = "The effect description can be at most 1000 characters.")]
    public string? Effect { get; set; }
}

public sealed record FindingView(EvidenceOutcome Outcome, FindingResult Result, string Effect);

public sealed record EvaluationView(
    Guid Id,
    Guid InterventionId,
    string Title,
    string CountryCode,
    int Year,
    EvaluationDesign Design,
    int? SampleSize,
    int? FollowUpMonths,
    bool IndependentEvaluator,
    string? Url,
    string Summary,
    string AddedByAgencyCode,
    Guid? AdoptionId,
    IReadOnlyList<FindingView> Findings)
{
    public static EvaluationView From(Evaluation e) => new(
        e.Id, e.InterventionId, e.Title, e.CountryCode, e.Year, e.Design, e.SampleSize, e.FollowUpMonths, e.IndependentEvaluator,
        e.Url, e.Summary, e.AddedByAgencyCode, e.AdoptionId, [.. e.Findings.Select(f => new FindingView(f.Outcome, f.Result, f.Effect))]);
}

internal static class EvaluationRules
{
    public static Dictionary<string, string[]> Check(EvaluationInput input)
    {
        var errors = Network.Outcome.Validate(input).ToDictionary(StringComparer.Ordinal);
        if (!Enum.IsDefined(input.Design))
        {
            errors[nameof(EvaluationInput.Design)] = ["Choose the design of the evaluation."];
        }

        if (!string.IsNullOrWhiteSpace(input.Url) && !IsWebAddress(input.Url))
        {
            errors[nameof(EvaluationInput.Url)] = ["Enter a web address starting with https://."];
        }

        if (input.Findings.Count == 0)
        {
            errors[nameof(EvaluationInput.Findings)] = ["Record a finding for at least one outcome."];
        }
        else if (input.Findings.Any(f => !Enum.IsDefined(f.Outcome) || !Enum.IsDefined(f.Result)))
        {
            errors[nameof(EvaluationInput.Findings)] = ["Choose a known outcome and result for every finding."];
        }
        else if (input.Findings.GroupBy(f => f.Outcome).Any(g => g.Count() > 1))
        {
            errors[nameof(EvaluationInput.Findings)] = ["Record each outcome only once."];
        }
        else if (input.Findings.Any(f => f.Effect?.Length > 1000))
        {
            errors[nameof(EvaluationInput.Findings)] = ["The effect description can be at most 1000 characters."];
        }

        return errors;
    }

    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
