using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network;
using Platform.Web.Features.Operations.Contact.Model;
using Platform.Web.Features.Operations.Contact.Persons;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Operations.Contact.Actions;

/// <summary>One decision for every person of the officer's filter, after the officer saw and confirmed the count.</summary>
[Authorize(Policy = Policies.PersonalData)]
public sealed class BulkModel(DecideContactHandler handler, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PersonFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "decision")]
    public ContactActionKind Decision { get; set; }

    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    [BindProperty]
    public int ConfirmedCount { get; set; }

    public int Count { get; private set; }

    public Guid OperationId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        OperationId = id;
        var count = await handler.CountAsync(ContactActor.From(User), id, Filter, Decision, cancellationToken);
        if (count is null)
        {
            return NotFound();
        }

        Count = count.Value;
        Input.Kind = Decision;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        OperationId = id;
        Input.Kind = Decision;
        var outcome = await handler.DecideBulkAsync(ContactActor.From(User), id, Filter, Input, ConfirmedCount, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (outcome.IsInvalid)
        {
            ModelState.Clear();
            outcome.AddTo(ModelState, localizer);
            Count = await handler.CountAsync(ContactActor.From(User), id, Filter, Decision, cancellationToken) ?? 0;
            return Page();
        }

        TempData["Message"] = localizer["Decision recorded for {0} persons.", outcome.Value!.Decided].Value;
        return Redirect($"/Operations/{id}/Persons{FilterQuery()}");
    }

    public string FilterQuery() => QueryString.Create(Request.Query
        .Where(q => q.Key is not "decision" and not "handler")
        .Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString()))).Value ?? "";
}
