using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Platform.Web.Features.Knowledge.Catalogue.Interventions;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Knowledge.Catalogue.Documents;

/// <summary>Network documents and materials the member may see, and (for editors) the upload form.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(
    ListDocumentsHandler documents,
    ListInterventionsHandler interventions,
    UploadDocumentHandler upload,
    IOptions<KnowledgeOptions> options,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public DocumentKind? Kind { get; set; }

    [BindProperty]
    public DocumentInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public PageOf<DocumentSummary> Items { get; private set; } = new([], 1, 20, 0);

    /// <summary>The editor's own agency's interventions, to attach a material to.</summary>
    public IReadOnlyList<InterventionSummary> OwnInterventions { get; private set; } = [];

    public KnowledgeActor Actor => KnowledgeActor.From(User);

    public string MaxSize => UploadDocumentHandler.FormatSize(options.Value.MaxUploadBytes);

    [TempData]
    public string? Message { get; set; }

    /// <param name="attachTo">An own intervention to preselect for a material (other values are ignored).</param>
    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, Guid? attachTo, CancellationToken cancellationToken)
    {
        await LoadAsync(pageNumber, cancellationToken);
        Input.InterventionId = OwnInterventions.Any(i => i.Id == attachTo) ? attachTo : null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Actor.CanCreate)
        {
            return NotFound();
        }

        var file = Upload is null ? null : new UploadedFile(Upload.FileName, Upload.Length, Upload.OpenReadStream);
        var outcome = await upload.HandleAsync(Actor, Input, file, cancellationToken);
        if (outcome.IsInvalid)
        {
            ModelState.Clear();
            outcome.AddTo(ModelState, localizer);
            if (outcome.Errors.TryGetValue(UploadDocumentHandler.FileField, out var fileErrors))
            {
                foreach (var message in fileErrors)
                {
                    ModelState.AddModelError(nameof(Upload), localizer[message]);
                }

                ModelState.Remove("Input.File");
            }

            await LoadAsync(null, cancellationToken);
            return Page();
        }

        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        Message = localizer["{0} uploaded as a national draft. A second member of your agency must release it.", outcome.Value!.Title].Value;
        return Redirect($"/Knowledge/Documents/{outcome.Value.Id}");
    }

    private async Task LoadAsync(int? pageNumber, CancellationToken cancellationToken)
    {
        Items = await documents.HandleAsync(Actor, new DocumentListQuery(Search, Kind, null, false, pageNumber), cancellationToken);
        if (Actor.CanCreate)
        {
            OwnInterventions = (await interventions.HandleAsync(Actor, new InterventionListQuery(Owner: Actor.AgencyCode, PageSize: 100), cancellationToken)).Items;
        }
    }
}
