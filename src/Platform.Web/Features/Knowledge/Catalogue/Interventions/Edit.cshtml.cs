using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Catalogue.Interventions;

[Authorize(Policy = KnowledgePolicies.Editor)]
public sealed class EditModel(GetInterventionHandler interventions, UpdateInterventionHandler update, IStringLocalizer<SharedResource> localizer)
    : PageModel, IInterventionForm
{
    [BindProperty]
    public InterventionInput Input { get; set; } = new();

    [BindProperty]
    public string LanguagesText { get; set; } = "";

    public Intervention Item { get; private set; } = null!;

    public bool IsReleased => Item.ReleaseState == ReleaseState.Released;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Input = InterventionMapping.ToInput(Item);
        LanguagesText = string.Join(", ", Input.Languages);
        InterventionForm.Pad(Input);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Input.Languages = InterventionForm.ParseLanguages(LanguagesText);
        var outcome = await update.HandleAsync(KnowledgeActor.From(User), Item.Id, Input, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (outcome.IsInvalid)
        {
            ModelState.Clear();
            outcome.AddTo(ModelState, localizer);
            InterventionForm.Pad(Input);
            return Page();
        }

        TempData["Message"] = localizer["Changes saved. The profile is a national draft again until a second member of your agency releases it."].Value;
        return Redirect($"/Knowledge/Interventions/{outcome.Value!.Slug}");
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var actor = KnowledgeActor.From(User);
        var details = await interventions.BySlugAsync(actor, slug, cancellationToken);
        if (details is null || !actor.CanEdit(details.Item))
        {
            return false;
        }

        Item = details.Item;
        return true;
    }
}
