using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network;

namespace Platform.Web.Features.Knowledge.Evidence.Ratings;

[Authorize(Policy = EvidencePolicies.Contributor)]
public sealed class NewModel(InterventionAccess interventions, ReviewerPool pool, OpenRatingHandler open, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public OpenRatingInput Input { get; set; } = new();

    public InterventionRef Intervention { get; private set; } = null!;

    public IReadOnlyList<ReviewerOption> Reviewers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await open.HandleAsync(EvidenceActor.From(User), Intervention.Id, Input, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (outcome.IsInvalid)
        {
            ModelState.Clear();
            outcome.AddTo(ModelState, localizer);
            return Page();
        }

        return Redirect($"/Knowledge/Ratings/{outcome.Value}");
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var actor = EvidenceActor.From(User);
        var found = await interventions.FindBySlugAsync(actor.Viewer, slug, cancellationToken);
        if (found is null || !actor.CanOpenRatingFor(found.OwnerAgencyCode))
        {
            return false;
        }

        Intervention = found;
        Reviewers = await pool.ForAsync(found, cancellationToken);
        return true;
    }
}
