using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Cases;

/// <summary>The case worker's dashboard: tasks overdue or due within a week, and cases by stage with search.</summary>
[Authorize(Policy = Policies.PersonalData)]
public sealed class IndexModel(CaseQueries queries) : PageModel
{
    public const int DueSoonDays = 7;

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public CaseStage? Stage { get; set; }

    /// <summary>"all" shows the agency's cases; otherwise the member's own.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    public bool MineOnly => Show != "all";

    public PageOf<TaskItem> Tasks { get; private set; } = null!;

    public PageOf<CaseListItem> Cases { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(User);
        Tasks = await queries.TasksAsync(actor, queries.Today.AddDays(DueSoonDays), pageSize: 50, cancellationToken: cancellationToken);
        Cases = await queries.CasesAsync(actor, new CaseQuery(Search, Stage, MineOnly, page), cancellationToken);
    }
}
