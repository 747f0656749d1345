using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network;
using Platform.Web.Features.Operations.Contact.Actions;
using Platform.Web.Features.Operations.Contact.Model;
using Platform.Web.Features.Operations.Contact.Review;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Operations.Contact.Persons;

/// <summary>One person: facts, evidence, history; the officer's decision, outcomes, and handing back a mis-attribution.</summary>
[Authorize(Policy = Policies.PersonalData)]
public sealed class DetailModel(
    PersonDetailHandler details, DecideContactHandler decide, RecordOutcomeHandler outcomes, ReassignPersonHandler reassign,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public PersonView Person { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "decision")]
    public ContactActionKind? Decision { get; set; }

    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    [BindProperty]
    public OutcomeInput Outcome { get; set; } = new();

    [BindProperty]
    public ReassignInput HandBack { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid personId, CancellationToken cancellationToken)
    {
        var outcome = await details.HandleAsync(ContactActor.From(User), id, personId, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        Person = outcome.Value!;
        Input.Kind = Decision ?? ContactActionKind.WarningEmail;
        return Page();
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, Guid personId, CancellationToken cancellationToken)
    {
        Input.Kind = Decision ?? Input.Kind;
        var result = await decide.DecideAsync(ContactActor.From(User), id, personId, Input, cancellationToken);
        return await AfterAsync(result, id, personId, "Input", localizer["Decision recorded."], cancellationToken);
    }

    public async Task<IActionResult> OnPostOutcomeAsync(Guid id, Guid personId, Guid actionId, CancellationToken cancellationToken)
    {
        var result = await outcomes.HandleAsync(ContactActor.From(User), id, actionId, Outcome, cancellationToken);
        return await AfterAsync(result, id, personId, "Outcome", localizer["Outcome recorded."], cancellationToken);
    }

    public async Task<IActionResult> OnPostHandBackAsync(Guid id, Guid personId, CancellationToken cancellationToken)
    {
        var result = await reassign.HandBackAsync(ContactActor.From(User), id, personId, HandBack, cancellationToken);
        if (result.IsNotFound || result.IsInvalid)
        {
            return await AfterAsync(result, id, personId, "HandBack", "", cancellationToken);
        }

        TempData["Message"] = localizer["The person was handed back to the coordinating country."].Value;
        return Redirect($"/Operations/{id}/Persons");
    }

    private async Task<IActionResult> AfterAsync<T>(Outcome<T> result, Guid id, Guid personId, string prefix, string message, CancellationToken cancellationToken)
    {
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.IsInvalid)
        {
            ModelState.Clear();
            result.AddTo(ModelState, localizer, prefix);
            var person = await details.FindAsync(ContactActor.From(User), id, personId, cancellationToken);
            if (person is null)
            {
                return NotFound();
            }

            Person = person;
            return Page();
        }

        Message = message;
        return Redirect($"/Operations/{id}/Persons/{personId}");
    }
}
