using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Operations.Contact.Review;

/// <summary>The coordinator's review list with a decision per person: assign to a participating country, or keep.</summary>
[Authorize(Policy = Policies.PersonalData)]
public sealed class IndexModel(ReviewListHandler list, ReassignPersonHandler reassign, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public ReviewList Review { get; private set; } = null!;

    [BindProperty]
    public ReassignInput Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken) =>
        await LoadAsync(id, pageNumber, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid personId, CancellationToken cancellationToken)
    {
        var outcome = await reassign.AssignAsync(ContactActor.From(User), id, personId, Input, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (outcome.IsInvalid)
        {
            ModelState.Clear();
            outcome.AddTo(ModelState, localizer);
            return await LoadAsync(id, null, cancellationToken) ? Page() : NotFound();
        }

        Message = localizer["Decision recorded: the person is now with {0}.", outcome.Value!].Value;
        return Redirect($"/Operations/{id}/Review");
    }

    private async Task<bool> LoadAsync(Guid id, int? page, CancellationToken cancellationToken)
    {
        var outcome = await list.HandleAsync(ContactActor.From(User), id, page, cancellationToken);
        Review = outcome.Value!;
        return !outcome.IsNotFound;
    }
}
