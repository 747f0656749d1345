using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Knowledge.Catalogue.Interventions;

[Authorize(Policy = Policies.Member)]
public sealed class DetailsModel(GetInterventionHandler interventions) : PageModel
{
    public InterventionDetails Details { get; private set; } = null!;

    public KnowledgeActor Actor => KnowledgeActor.From(User);

    /// <summary>The version in the reader's interface language, when the owner provided one.</summary>
    public TranslationView? Translation { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await interventions.BySlugAsync(Actor, slug, cancellationToken) is not { } details)
        {
            return NotFound();
        }

        Details = details;
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        Translation = details.Translations.FirstOrDefault(t => t.Language == language);
        return Page();
    }
}
