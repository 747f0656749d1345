using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Cases.Enquiries;

[Authorize(Policy = Policies.PersonalData)]
public sealed class NewModel(RecordEnquiryHandler handler, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public EnquiryInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(CaseActor.From(User), Input, cancellationToken);
        if (outcome.IsInvalid)
        {
            ModelState.Clear();
            outcome.AddTo(ModelState, localizer);
            return Page();
        }

        TempData["Message"] = localizer["Enquiry recorded."].Value;
        return RedirectToPage("Index");
    }
}
