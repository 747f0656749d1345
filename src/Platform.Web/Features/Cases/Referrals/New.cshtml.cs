using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Cases.Programmes;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Cases.Referrals;

/// <summary>Opens a case, directly or by converting an anonymous enquiry; identity is entered only here.</summary>
[Authorize(Policy = Policies.PersonalData)]
public sealed class NewModel(CreateReferralHandler handler, CaseQueries queries, ProgrammeCatalog programmes, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public ReferralInput Input { get; set; } = new();

    public EnquiryItem? Enquiry { get; private set; }

    public IReadOnlyList<(AgencyProgramme Adoption, string Name)> Programmes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? enquiryId, CancellationToken cancellationToken)
    {
        Input.EnquiryId = enquiryId;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Enquiry is not null)
        {
            Input.ReferralSource = Enquiry.ReferralSource;
        }

        Input.ProgrammeKey = Programmes.Count == 1 ? Programmes[0].Adoption.PackageKey : "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(CaseActor.From(User), Input, cancellationToken);
        if (outcome.IsNotFound || !await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (outcome.IsInvalid)
        {
            ModelState.Clear();
            outcome.AddTo(ModelState, localizer);
            return Page();
        }

        TempData["Message"] = localizer["Case {0} opened.", outcome.Value!.CaseNumber].Value;
        return Redirect($"/Cases/{outcome.Value.Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Programmes = await programmes.AdoptionsAsync(cancellationToken);
        if (Input.EnquiryId is { } id)
        {
            Enquiry = await queries.EnquiryAsync(id, cancellationToken);
            return Enquiry is not null;
        }

        return true;
    }
}
