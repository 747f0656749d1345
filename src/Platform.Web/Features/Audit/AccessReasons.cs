using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;

namespace Platform.Web.Features.Audit;

/// <summary>
/// Why a member views or exports sensitive records (LED Art. 25, GDPR Art. 5(2)); the reason goes into the audit entry.
/// <para>In a page: <c>[BindProperty] public AccessReasonInput Reason { get; set; } = new();</c>, in the view
/// <c>&lt;partial name="/Features/Audit/_AccessReasonForm.cshtml" for="Reason" /&gt;</c> inside the form, and in the
/// handler <c>if (!ModelState.IsValid) return Page();</c> then
/// <c>await audit.RecordAsync(new AuditEvent("case.viewed", "Case", id, Reason: Reason.ToReason().ToString()));</c>.</para>
/// <para>In an API: <c>var check = AccessReasons.Validate(reason, reasonText);</c> and answer
/// <c>TypedResults.ValidationProblem(check.Errors)</c> when <c>check.Reason</c> is null.</para>
/// </summary>
public static class AccessReasons
{
    public const string CaseWork = "case-work";
    public const string Supervision = "supervision";
    public const string DataSubjectRequest = "data-subject-request";
    public const string LegalObligation = "legal-obligation";
    public const string AuditInvestigation = "audit-investigation";
    public const string Other = "other";

    public const int MinOtherTextLength = 10;
    public const int MaxTextLength = 500;

    /// <summary>The codes in display order, with English labels (keys for the localizer).</summary>
    public static readonly IReadOnlyList<AccessReasonOption> All =
    [
        new(CaseWork, "Case work: I work on this case"),
        new(Supervision, "Supervision or quality review"),
        new(DataSubjectRequest, "Request from the person concerned (access, correction or erasure)"),
        new(LegalObligation, "Legal obligation or court order"),
        new(AuditInvestigation, "Audit or security investigation"),
        new(Other, "Other (explain below)"),
    ];

    public static bool IsKnown(string? code) => All.Any(o => o.Code == code);

    /// <summary>
    /// Checks a chosen code and free text; errors are keyed by <paramref name="codeField"/> and
    /// <paramref name="textField"/> and written in English (keys for the localizer).
    /// </summary>
    public static AccessReasonCheck Validate(string? code, string? text, string codeField = "reason", string textField = "reasonText")
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        code = code?.Trim();
        text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (!IsKnown(code))
        {
            errors[codeField] = [string.IsNullOrEmpty(code) ? "Choose a reason." : "Choose one of the listed reasons."];
        }

        if (text is { Length: > MaxTextLength })
        {
            errors[textField] = ["Keep the explanation to 500 characters or fewer."];
        }
        else if (code == Other && (text?.Length ?? 0) < MinOtherTextLength)
        {
            errors[textField] = ["Explain the reason in at least 10 characters."];
        }

        return errors.Count == 0 ? new AccessReasonCheck(new AccessReason(code!, text), errors) : new AccessReasonCheck(null, errors);
    }
}

public sealed record AccessReasonOption(string Code, string Label);

/// <summary>A validated reason; <see cref="ToString"/> is the form stored in <see cref="AuditEvent.Reason"/>.</summary>
public sealed record AccessReason(string Code, string? Text)
{
    public override string ToString() => Text is null ? Code : $"{Code}: {Text}";
}

public sealed record AccessReasonCheck(AccessReason? Reason, IDictionary<string, string[]> Errors);

/// <summary>Form model for <c>_AccessReasonForm.cshtml</c>; validates itself into ModelState.</summary>
public sealed class AccessReasonInput : IValidatableObject
{
    [Display(Name = "Reason")]
    public string? Code { get; set; }

    [Display(Name = "Explanation")]
    public string? Text { get; set; }

    public AccessReason ToReason() =>
        AccessReasons.Validate(Code, Text).Reason ?? throw new InvalidOperationException("The access reason is not valid; check ModelState first.");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var localizer = validationContext.GetService(typeof(IStringLocalizer<SharedResource>)) as IStringLocalizer<SharedResource>;
        var check = AccessReasons.Validate(Code, Text, nameof(Code), nameof(Text));
        foreach (var (field, messages) in check.Errors)
        {
            foreach (var message in messages)
            {
                yield return new ValidationResult(localizer?[message] ?? message, [field]);
            }
        }
    }
}
