using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network;

namespace Platform.Web.Features.Knowledge.Catalogue.Interventions;

[Authorize(Policy = KnowledgePolicies.Editor)]
public sealed class TranslationsModel(GetInterventionHandler interventions, SaveTranslationHandler save, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public TranslationInput Input { get; set; } = new();

    public InterventionDetails Details { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? language, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var existing = Details.Translations.FirstOrDefault(t => t.Language == language);
        Input = existing is null
            ? new TranslationInput { Language = language ?? "" }
            : new TranslationInput { Language = existing.Language, Name = existing.Name, Summary = existing.Summary, Description = existing.Description };
        Input.Version = Details.Item.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await save.SaveAsync(KnowledgeActor.From(User), Details.Item.Id, Input, cancellationToken);
        return Finish(outcome, slug, localizer["Translation {0} saved. The profile is a national draft until a second member of your agency releases it.", Input.Language].Value);
    }

    public async Task<IActionResult> OnPostDeleteAsync(string slug, string language, Guid version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await save.DeleteAsync(KnowledgeActor.From(User), Details.Item.Id, language, version, cancellationToken);
        return Finish(outcome, slug, localizer["Translation {0} removed.", language].Value);
    }

    private IActionResult Finish(Outcome<TranslationView> outcome, string slug, string message)
    {
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

        Message = message;
        return Redirect($"/Knowledge/Interventions/{slug}/Translations");
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var actor = KnowledgeActor.From(User);
        var details = await interventions.BySlugAsync(actor, slug, cancellationToken);
        if (details is null || !actor.CanEdit(details.Item))
        {
            return false;
        }

        Details = details;
        return true;
    }
}
