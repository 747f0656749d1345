using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network;

namespace Platform.Web.Features.Knowledge.Evidence.Evaluations;

[Authorize(Policy = EvidencePolicies.Contributor)]
public sealed class NewModel(InterventionAccess interventions, AddEvaluationHandler add, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public EvaluationInput Input { get; set; } = new();

    /// <summary>One row per outcome; an empty result leaves the outcome out of this evaluation.</summary>
    [BindProperty]
    public List<FindingRow> Rows { get; set; } = [];

    public InterventionRef Intervention { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Input.Year = clock.GetUtcNow().Year;
        Rows = [.. Enum.GetValues<EvidenceOutcome>().Select(o => new FindingRow { Outcome = o })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Input.Findings = [.. Rows.Where(r => r.Result is not null).Select(r => new FindingInput { Outcome = r.Outcome, Result = r.Result!.Value, Effect = r.Effect })];
        var outcome = await add.HandleAsync(EvidenceActor.From(User), Intervention.Id, Input, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (outcome.IsInvalid)
        {
            ModelState.Clear();
            outcome.AddTo(ModelState, localizer);
            return Page();
        }

        TempData["Message"] = localizer["Evaluation \"{0}\" added.", outcome.Value!.Title].Value;
        return Redirect($"/Knowledge/Interventions/{Intervention.Slug}/Evidence");
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var found = await interventions.FindBySlugAsync(EvidenceActor.From(User).Viewer, slug, cancellationToken);
        Intervention = found!;
        return found is not null;
    }
}

public sealed class FindingRow
{
    public EvidenceOutcome Outcome { get; set; }

    public FindingResult? Result { get; set; }

    public string? Effect { get; set; }
}
