using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network;

namespace Platform.Web.Features.Knowledge.Evidence.Readiness;

/// <summary>The owning agency keeps the dissemination-readiness checklist of its intervention.</summary>
[Authorize(Policy = EvidencePolicies.Contributor)]
public sealed class EditModel(InterventionAccess interventions, GetReadinessHandler get, SaveReadinessHandler save, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public List<ReadinessItemInput> Items { get; set; } = [];

    [BindProperty]
    public string? MaterialLanguages { get; set; }

    public InterventionRef Intervention { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var current = (await get.HandleAsync(EvidenceActor.From(User), Intervention.Id, cancellationToken)).Value!;
        Items = [.. current.Items.Select(i => new ReadinessItemInput { Element = i.Element, Level = i.Level, Note = i.Note })];
        MaterialLanguages = string.Join(", ", current.MaterialLanguages);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var input = new ReadinessInput
        {
            Items = Items,
            MaterialLanguages = [.. (MaterialLanguages ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        };
        var outcome = await save.HandleAsync(EvidenceActor.From(User), Intervention.Id, input, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (outcome.IsInvalid)
        {
            ModelState.Clear();
            outcome.AddTo(ModelState, localizer, "");
            return Page();
        }

        TempData["Message"] = localizer["Readiness checklist saved."].Value;
        return Redirect($"/Knowledge/Interventions/{Intervention.Slug}/Evidence");
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var actor = EvidenceActor.From(User);
        var found = await interventions.FindBySlugAsync(actor.Viewer, slug, cancellationToken);
        if (found is null || !actor.ActsFor(found.OwnerAgencyCode))
        {
            return false;
        }

        Intervention = found;
        return true;
    }
}
