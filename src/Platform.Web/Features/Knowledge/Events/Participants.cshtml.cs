using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Platform.Web.Features.Knowledge.Events;

[Authorize(Policy = EventPolicies.Organiser)]
public sealed class ParticipantsModel(ListEventsHandler events, ListParticipantsHandler participants) : PageModel
{
    public EventView Item { get; private set; } = null!;

    public IReadOnlyList<ParticipantView> Participants { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = EventActor.From(User);
        var outcome = await participants.HandleAsync(actor, id, cancellationToken);
        if (outcome.IsNotFound || await events.FindAsync(actor, id, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        Participants = outcome.Value!;
        return Page();
    }
}
