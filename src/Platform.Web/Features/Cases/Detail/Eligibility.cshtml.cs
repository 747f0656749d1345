using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Cases.Programmes;
using Platform.Web.Features.Cases.Work;

namespace Platform.Web.Features.Cases.Detail;

/// <summary>The programme's checklist (met / not met / unknown with evidence) and the officer's own decision with its reason.</summary>
public sealed class EligibilityModel(CaseDetailQuery query, ProgrammeCatalog programmes, RecordEligibilityHandler handler, IStringLocalizer<SharedResource> localizer)
    : CaseFormPage(query, programmes, localizer)
{
    [BindProperty]
    public EligibilityInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new EligibilityInput
        {
            Version = Detail.Case.Version,
            Criteria = [.. Programme.EligibilityCriteria.Select(c => new CriterionInput { Key = c.Key })],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        await AnswerAsync(id, await handler.HandleAsync(Actor, id, Input, cancellationToken), Localizer["Eligibility decision recorded."], cancellationToken);
}
