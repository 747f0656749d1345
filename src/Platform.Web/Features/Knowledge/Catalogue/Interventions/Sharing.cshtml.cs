using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Knowledge.Catalogue.Sharing;
using Platform.Web.Features.Network;

namespace Platform.Web.Features.Knowledge.Catalogue.Interventions;

[Authorize(Policy = KnowledgePolicies.Editor)]
public sealed class SharingModel(GetInterventionHandler interventions, ShareItemHandler share, ItemSharing sharing, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public ShareInput Input { get; set; } = new();

    public Intervention Item { get; private set; } = null!;

    public SharingForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Input = new ShareInput { Tlp = Item.Tlp, AmberAgencyCodes = [.. Item.AmberAgencyCodes], RedMemberIds = [.. Item.RedMemberIds], Version = Item.Version };
        await FormAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostMarkingAsync(string slug, CancellationToken cancellationToken) =>
        SubmitAsync(slug, release: false, cancellationToken);

    public Task<IActionResult> OnPostReleaseAsync(string slug, CancellationToken cancellationToken) =>
        SubmitAsync(slug, release: true, cancellationToken);

    private async Task<IActionResult> SubmitAsync(string slug, bool release, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var actor = KnowledgeActor.From(User);
        var outcome = release
            ? await share.ReleaseAsync<Intervention>(actor, Item.Id, Input, cancellationToken)
            : await share.SetMarkingAsync<Intervention>(actor, Item.Id, Input, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (outcome.IsInvalid)
        {
            ModelState.Clear();
            outcome.AddTo(ModelState, localizer);
            await FormAsync(cancellationToken);
            return Page();
        }

        TempData["Message"] = release
            ? localizer["Released as {0}.", CatalogueLabels.Of(outcome.Value!.Tlp)].Value
            : localizer["Marking saved as {0}. The profile is a national draft until a second member of your agency releases it.", CatalogueLabels.Of(outcome.Value!.Tlp)].Value;
        return Redirect($"/Knowledge/Interventions/{Item.Slug}");
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var actor = KnowledgeActor.From(User);
        var details = await interventions.BySlugAsync(actor, slug, cancellationToken);
        if (details is null || !actor.CanEdit(details.Item))
        {
            return false;
        }

        Item = details.Item;
        return true;
    }

    private async Task FormAsync(CancellationToken cancellationToken)
    {
        var actor = KnowledgeActor.From(User);
        Form = new SharingForm(Input, await sharing.ChoicesAsync(Item.OwnerAgencyCode, cancellationToken), Item,
            actor.CanRelease(Item), Item.LastEditedBy == actor.MemberId);
    }
}
