using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Operations.Contact.Email;

/// <summary>The country's sender identity, contact point, default language and throttle for warning emails.</summary>
[Authorize(Policy = Policies.CountryAdmin)]
public sealed class SettingsModel(WarningTemplates templates, SaveWarningSettingsHandler save, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public SenderSettingsInput Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = ContactActor.From(User);
        var s = await templates.SettingsAsync(actor.AgencyCode ?? "", cancellationToken);
        Input = new SenderSettingsInput
        {
            FromAddress = s.FromAddress, DisplayName = s.DisplayName, ReplyTo = s.ReplyTo, ContactPoint = s.ContactPoint,
            Language = s.Language, MaxPerMinute = s.MaxPerMinute,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await save.SaveSettingsAsync(ContactActor.From(User), Input, cancellationToken);
        if (outcome.IsInvalid)
        {
            ModelState.Clear();
            outcome.AddTo(ModelState, localizer);
            return Page();
        }

        Message = localizer["The settings were saved."].Value;
        return Redirect("/Operations/Settings");
    }
}
