using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Knowledge.Evidence.Ratings;

/// <summary>One rating: the blind reviews, my review form while mine is pending, the resolution form for a dispute.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class DetailsModel(
    GetRatingHandler ratings,
    SubmitReviewHandler submit,
    ResolveRatingHandler resolve,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public ReviewInput Review { get; set; } = new() { Tier = EvidenceTier.Emerging };

    [BindProperty]
    public ResolveInput Resolution { get; set; } = new() { Tier = EvidenceTier.Emerging };

    public RatingView Rating { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReviewAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await submit.HandleAsync(EvidenceActor.From(User), id, Review, cancellationToken);
        return await AfterAsync(id, outcome, "Review", "Your review is submitted.", cancellationToken);
    }

    public async Task<IActionResult> OnPostResolveAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await resolve.HandleAsync(EvidenceActor.From(User), id, Resolution, cancellationToken);
        return await AfterAsync(id, outcome, "Resolution", "The dispute is resolved.", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(Guid id, Outcome<RatingState> outcome, string prefix, string done, CancellationToken cancellationToken)
    {
        if (outcome.IsNotFound || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (outcome.IsInvalid)
        {
            ModelState.Clear();
            outcome.AddTo(ModelState, localizer, prefix);
            return Page();
        }

        Message = localizer[done].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await ratings.HandleAsync(EvidenceActor.From(User), id, cancellationToken);
        Rating = outcome.Value!;
        return !outcome.IsNotFound;
    }
}
