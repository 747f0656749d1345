using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Operations.Contact.Email;

/// <summary>The agency's warning texts per language, starting from the built-in ones.</summary>
[Authorize(Policy = Policies.CountryAdmin)]
public sealed class TemplatesModel(WarningTemplates templates, SaveWarningSettingsHandler save, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public TemplateInput Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(string? language, CancellationToken cancellationToken)
    {
        var lang = WarningLanguages.IsKnown(language) ? language! : "en";
        var text = await templates.TextAsync(lang, cancellationToken);
        Input = new TemplateInput { Language = lang, Subject = text.Subject, Body = text.Body };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await save.SaveTemplateAsync(ContactActor.From(User), Input, cancellationToken);
        if (outcome.IsInvalid)
        {
            ModelState.Clear();
            outcome.AddTo(ModelState, localizer);
            return Page();
        }

        Message = localizer["The text was saved."].Value;
        return Redirect($"/Operations/Templates?language={Input.Language}");
    }
}
