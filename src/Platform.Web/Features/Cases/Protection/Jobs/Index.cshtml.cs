using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Features.Network;

namespace Platform.Web.Features.Cases.Protection.Jobs;

[Authorize(Policy = CaseProtectionPolicies.JobsAdmin)]
public sealed class IndexModel(ListJobsHandler handler) : PageModel
{
    public IReadOnlyList<JobRow> Jobs { get; private set; } = [];

    public IReadOnlyList<NextRun> NextRuns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = NetworkActor.From(User);
        Jobs = await handler.HandleAsync(actor, 100, cancellationToken);
        NextRuns = await handler.NextRunsAsync(actor, cancellationToken);
    }
}
