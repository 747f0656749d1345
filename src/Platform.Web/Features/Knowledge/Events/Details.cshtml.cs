using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Events;

[Authorize(Policy = Policies.Member)]
public sealed class DetailsModel(
    ListEventsHandler events,
    RegisterForEventHandler register,
    UnregisterFromEventHandler unregister,
    AppDbContext db,
    TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public EventView Item { get; private set; } = null!;

    public EventView? Parent { get; private set; }

    public EventTimes Times { get; private set; } = new((string?)null);

    public DateTimeOffset Now { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRegisterAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await register.HandleAsync(EventActor.From(User), id, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        Message = outcome.IsInvalid
            ? localizer[outcome.Errors.First().Value[0]]
            : outcome.Value!.Status == RegistrationStatus.Confirmed
                ? localizer["You are registered. A confirmation with a calendar file is on its way to your email."]
                : localizer["The event is full: you are on the waiting list. We will email you if a seat becomes free."];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUnregisterAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await unregister.HandleAsync(EventActor.From(User), id, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        Message = outcome.IsInvalid ? localizer[outcome.Errors.First().Value[0]] : localizer["Your registration is cancelled."];
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = EventActor.From(User);
        var item = await events.FindAsync(actor, id, cancellationToken);
        if (item is null)
        {
            return false;
        }

        Item = item;
        Parent = item.ParentId is { } parentId ? await events.FindAsync(actor, parentId, cancellationToken) : null;
        Times = await EventTimes.ForAsync(db, actor.AgencyCode, cancellationToken);
        Now = clock.GetUtcNow();
        return true;
    }
}
