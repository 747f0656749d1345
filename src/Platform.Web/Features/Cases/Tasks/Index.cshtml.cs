using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Cases.Tasks;

/// <summary>All open tasks of the member, overdue first (oldest due date first); mark done.</summary>
[Authorize(Policy = Policies.PersonalData)]
public sealed class IndexModel(CaseQueries queries, CompleteTaskHandler complete, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public PageOf<TaskItem> Tasks { get; private set; } = null!;

    public string? Message { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        Message = TempData["Message"] as string;
        Tasks = await queries.TasksAsync(CaseActor.From(User), null, page: page, cancellationToken: cancellationToken);
    }

    public async Task<IActionResult> OnPostDoneAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var outcome = await complete.HandleAsync(CaseActor.From(User), taskId, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        TempData["Message"] = outcome.IsInvalid ? localizer[outcome.Errors.Values.First()[0]].Value : localizer["Task marked done."].Value;
        return RedirectToPage();
    }
}
