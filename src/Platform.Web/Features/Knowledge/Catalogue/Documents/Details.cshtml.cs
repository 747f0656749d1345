using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Knowledge.Catalogue.Sharing;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Knowledge.Catalogue.Documents;

[Authorize(Policy = Policies.Member)]
public sealed class DetailsModel(ListDocumentsHandler documents, ShareItemHandler share, ItemSharing sharing, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public ShareInput Input { get; set; } = new();

    public DocumentDetails Details { get; private set; } = null!;

    public SharingForm? Form { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var d = Details.Document;
        Input = new ShareInput { Tlp = d.Tlp, AmberAgencyCodes = [.. d.AmberAgencyCodes], RedMemberIds = [.. d.RedMemberIds], Version = d.Version };
        await FormAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostMarkingAsync(Guid id, CancellationToken cancellationToken) => SubmitAsync(id, release: false, cancellationToken);

    public Task<IActionResult> OnPostReleaseAsync(Guid id, CancellationToken cancellationToken) => SubmitAsync(id, release: true, cancellationToken);

    private async Task<IActionResult> SubmitAsync(Guid id, bool release, CancellationToken cancellationToken)
    {
        var actor = KnowledgeActor.From(User);
        var outcome = release
            ? await share.ReleaseAsync<KnowledgeDocument>(actor, id, Input, cancellationToken)
            : await share.SetMarkingAsync<KnowledgeDocument>(actor, id, Input, cancellationToken);
        if (outcome.IsNotFound || !await LoadAsync(id, cancellationToken))
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

        Message = release
            ? localizer["Released as {0}.", CatalogueLabels.Of(outcome.Value!.Tlp)].Value
            : localizer["Marking saved as {0}. The document is a national draft until a second member of your agency releases it.", CatalogueLabels.Of(outcome.Value!.Tlp)].Value;
        return Redirect($"/Knowledge/Documents/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Details = (await documents.GetAsync(KnowledgeActor.From(User), id, cancellationToken))!;
        return Details is not null;
    }

    private async Task FormAsync(CancellationToken cancellationToken)
    {
        var actor = KnowledgeActor.From(User);
        var d = Details.Document;
        Form = actor.CanEdit(d)
            ? new SharingForm(Input, await sharing.ChoicesAsync(d.OwnerAgencyCode, cancellationToken), d, actor.CanRelease(d), d.LastEditedBy == actor.MemberId)
            : null;
    }
}
