using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network;

namespace Platform.Web.Features.Knowledge.Evidence.Adoptions;

/// <summary>Register interest or a pilot for my country, with the readiness checklist shown first.</summary>
[Authorize(Policy = EvidencePolicies.Adopter)]
public sealed class AdoptModel(InterventionAccess interventions, ListAdoptionsHandler adoptions, SaveAdoptionHandler save, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public AdoptionInput Input { get; set; } = new();

    public InterventionRef Intervention { get; private set; } = null!;

    public AdoptionView? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        if (Current is { } c)
        {
            Input = new AdoptionInput
            {
                Status = c.Status, StartedOn = c.StartedOn, EndedOn = c.EndedOn, Language = c.Language, Contact = c.Contact,
                Adaptations = c.Adaptations, Obstacles = c.Obstacles, Results = c.Results,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await save.HandleAsync(EvidenceActor.From(User), Intervention.Id, Input, cancellationToken);
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

        TempData["Message"] = localizer["Your country's adoption is saved: {0}.", localizer[AdoptionLabels.Label(outcome.Value!.Status)]].Value;
        return Redirect($"/Knowledge/Interventions/{Intervention.Slug}/Evidence");
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var actor = EvidenceActor.From(User);
        var found = await interventions.FindBySlugAsync(actor.Viewer, slug, cancellationToken);
        if (found is null)
        {
            return false;
        }

        Intervention = found;
        var all = (await adoptions.HandleAsync(actor, found.Id, cancellationToken)).Value ?? [];
        Current = all.FirstOrDefault(a => a.AgencyCode == actor.AgencyCode);
        return true;
    }
}
