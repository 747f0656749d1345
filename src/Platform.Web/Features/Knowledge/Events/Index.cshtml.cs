using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Events;

[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(ListEventsHandler events, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public EventPeriod When { get; set; }

    [BindProperty(SupportsGet = true)]
    public EventKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public PageOf<EventView> Events { get; private set; } = new([], 1, 20, 0);

    public EventTimes Times { get; private set; } = new((string?)null);

    public EventActor Actor => EventActor.From(User);

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        Events = await events.HandleAsync(Actor, new EventQuery(When, Kind, Topic, Search, pageNumber), cancellationToken);
        Times = await EventTimes.ForAsync(db, Actor.AgencyCode, cancellationToken);
    }
}
