using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Platform.Web.Features.Knowledge.Evidence.Ratings;

/// <summary>My review tasks: ratings I review, and disputes a network admin can resolve.</summary>
[Authorize(Policy = EvidencePolicies.Contributor)]
public sealed class IndexModel(ListRatingsHandler ratings) : PageModel
{
    public IReadOnlyList<RatingTask> Tasks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Tasks = await ratings.MineAsync(EvidenceActor.From(User), cancellationToken);
}
