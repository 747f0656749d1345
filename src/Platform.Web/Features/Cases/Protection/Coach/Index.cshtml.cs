using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Platform.Web.Features.Cases.Protection.Coach;

[Authorize(Policy = CaseProtectionPolicies.PartnerCoach)]
public sealed class IndexModel(CoachAssignmentsHandler assignments) : PageModel
{
    public IReadOnlyList<CoachAssignmentView> Assignments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Assignments = await assignments.ListAsync(CoachApi.MemberId(User), cancellationToken);
}
