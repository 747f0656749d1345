using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Knowledge.Catalogue.Interventions;

[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(ListInterventionsHandler interventions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public PreventionStage? Stage { get; set; }

    public PageOf<InterventionSummary> Items { get; private set; } = new([], 1, 20, 0);

    public KnowledgeActor Actor => KnowledgeActor.From(User);

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken) =>
        Items = await interventions.HandleAsync(Actor, new InterventionListQuery(Search, Stage, null, pageNumber), cancellationToken);
}
