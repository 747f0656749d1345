using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Cases.Programmes;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Features.Network;
using Platform.Web.Features.Operations.Contact.Actions;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Operations.Contact.Persons;

/// <summary>
/// The Cases referral form, pre-filled from the person's facts (source: takedown operation). The officer completes
/// and submits it; only then is a case opened (by Cases' own handler) and linked to a referral action.
/// </summary>
[Authorize(Policy = Policies.PersonalData)]
public sealed class ReferModel(
    PersonDetailHandler details, ReferIntoCasesHandler refer, ProgrammeCatalog programmes, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public ReferralInput Input { get; set; } = new();

    public PersonView Person { get; private set; } = null!;

    public IReadOnlyList<(AgencyProgramme Adoption, string Name)> Programmes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid personId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, personId, cancellationToken))
        {
            return NotFound();
        }

        Input = ReferIntoCasesHandler.Prefill(Person);
        Input.ProgrammeKey = Programmes.Count == 1 ? Programmes[0].Adoption.PackageKey : "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid personId, CancellationToken cancellationToken)
    {
        var outcome = await refer.HandleAsync(ContactActor.From(User), id, personId, Input, cancellationToken);
        if (outcome.IsNotFound || !await LoadAsync(id, personId, cancellationToken))
        {
            return NotFound();
        }

        if (outcome.IsInvalid)
        {
            ModelState.Clear();
            outcome.AddTo(ModelState, localizer);
            return Page();
        }

        TempData["Message"] = localizer["Case {0} opened and linked to this person.", outcome.Value!.CaseNumber].Value;
        return Redirect($"/Operations/{id}/Persons/{personId}");
    }

    private async Task<bool> LoadAsync(Guid id, Guid personId, CancellationToken cancellationToken)
    {
        var person = await details.FindAsync(ContactActor.From(User), id, personId, cancellationToken);
        if (person is null)
        {
            return false;
        }

        Person = person;
        Programmes = await programmes.AdoptionsAsync(cancellationToken);
        return true;
    }
}
