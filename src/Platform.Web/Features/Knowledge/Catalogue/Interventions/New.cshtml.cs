using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network;

namespace Platform.Web.Features.Knowledge.Catalogue.Interventions;

[Authorize(Policy = KnowledgePolicies.Editor)]
public sealed class NewModel(CreateInterventionHandler create, IStringLocalizer<SharedResource> localizer) : PageModel, IInterventionForm
{
    [BindProperty]
    public InterventionInput Input { get; set; } = new();

    [BindProperty]
    public string LanguagesText { get; set; } = "en";

    public void OnGet()
    {
        Input.DeliveryFormats = [DeliveryFormat.InPerson];
        InterventionForm.Pad(Input);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Input.Languages = InterventionForm.ParseLanguages(LanguagesText);
        var outcome = await create.HandleAsync(KnowledgeActor.From(User), Input, cancellationToken);
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

        TempData["Message"] = localizer["{0} saved as a national draft. A second member of your agency must release it before others can see it.", outcome.Value!.Name].Value;
        return Redirect($"/Knowledge/Interventions/{outcome.Value.Slug}");
    }
}
