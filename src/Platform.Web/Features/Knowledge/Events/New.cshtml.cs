using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network.Partners;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Events;

[Authorize(Policy = EventPolicies.Organiser)]
public sealed class NewModel(ListPartnersHandler partners, ListEventsHandler events, CreateEventHandler create, AppDbContext db, IStringLocalizer<SharedResource> localizer)
    : EventFormPage(partners)
{
    public EventView? Parent { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? parent, CancellationToken cancellationToken)
    {
        var actor = EventActor.From(User);
        if (!await LoadParentAsync(actor, parent, cancellationToken))
        {
            return NotFound();
        }

        if (Parent is not null)
        {
            Form.Input = new EventInput { Kind = EventKind.Session, ParentId = Parent.Id, TimeZone = Parent.TimeZone, Language = Parent.Language, Start = EventRules.ToLocal(Parent.StartsAt, Parent.TimeZone), End = EventRules.ToLocal(Parent.StartsAt.AddHours(1), Parent.TimeZone) };
        }
        else
        {
            Form.Input.TimeZone = await EventTimes.ForAsync(db, actor.AgencyCode, cancellationToken) is { ViewerTimeZone: { } zone } ? zone : "Europe/Amsterdam";
        }

        await LoadPickListsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var actor = EventActor.From(User);
        if (!await LoadParentAsync(actor, Form.Input.ParentId, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await create.HandleAsync(actor, Form.ToInput(), cancellationToken);
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
        return Redirect($"/Knowledge/Events/{outcome.Value.ParentId ?? outcome.Value.Id}");
    }

    private async Task<bool> LoadParentAsync(EventActor actor, Guid? parent, CancellationToken cancellationToken)
    {
        if (parent is null)
        {
            return actor.CanCreate;
        }

        Parent = await events.FindAsync(actor, parent.Value, cancellationToken);
        return Parent is { CanEdit: true, IsSession: false };
    }
}
