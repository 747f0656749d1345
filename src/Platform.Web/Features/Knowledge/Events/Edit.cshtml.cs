using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network.Partners;

namespace Platform.Web.Features.Knowledge.Events;

[Authorize(Policy = EventPolicies.Organiser)]
public sealed class EditModel(ListPartnersHandler partners, ListEventsHandler events, UpdateEventHandler update, IStringLocalizer<SharedResource> localizer)
    : EventFormPage(partners)
{
    public EventView Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await events.FindAsync(EventActor.From(User), id, cancellationToken) is not { CanEdit: true } item)
        {
            return NotFound();
        }

        Item = item;
        Form = EventForm.From(item);
        await LoadPickListsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = EventActor.From(User);
        if (await events.FindAsync(actor, id, cancellationToken) is not { CanEdit: true } item)
        {
            return NotFound();
        }

        Item = item;
        Form.Input.ParentId = item.ParentId;
        var outcome = await update.HandleAsync(actor, id, Form.ToInput(), cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (outcome.IsInvalid)
        {
            ModelState.Clear();
            EventForm.AddErrors(outcome, ModelState, localizer);
            await LoadPickListsAsync(cancellationToken);
            return Page();
        }

        TempData["Message"] = localizer["{0} saved.", outcome.Value!.Title].Value;
        return Redirect($"/Knowledge/Events/{id}");
    }
}
