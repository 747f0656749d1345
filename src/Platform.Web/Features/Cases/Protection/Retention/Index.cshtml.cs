using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Cases.Protection.Retention;

/// <summary>The review list: records due for erasure soon, overdue ones waiting for approval, and legal holds.</summary>
[Authorize(Policy = Policies.CountryAdmin)]
public sealed class IndexModel(RetentionPlanner planner) : PageModel
{
    public IReadOnlyList<RetentionItem> Items { get; private set; } = [];

    public IReadOnlyList<RetentionRule> Rules { get; private set; } = [];

    public DateOnly Today { get; private set; }

    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var agency = NetworkActor.From(User).AgencyCode!;
        Today = await planner.TodayAsync(agency, cancellationToken);
        Rules = await planner.RulesAsync(agency, cancellationToken);
        Items = (await planner.ItemsAsync(agency, cancellationToken))
            .Where(i => i.InReviewWindow(Today) || i.OnHold(Today))
            .ToList();
    }
}
