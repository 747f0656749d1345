using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Features.Knowledge.Catalogue.Documents;
using Platform.Web.Features.Knowledge.Catalogue.Interventions;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Knowledge.Catalogue;

/// <summary>The own agency's profiles and documents awaiting a second member's release.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class DraftsModel(ListInterventionsHandler interventions, ListDocumentsHandler documents) : PageModel
{
    public PageOf<InterventionSummary> Interventions { get; private set; } = new([], 1, 20, 0);

    public PageOf<DocumentSummary> Documents { get; private set; } = new([], 1, 20, 0);

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, [FromQuery(Name = "documentPage")] int? documentPage, CancellationToken cancellationToken)
    {
        var actor = KnowledgeActor.From(User);
        Interventions = await interventions.DraftsAsync(actor, pageNumber, cancellationToken);
        Documents = await documents.DraftsAsync(actor, documentPage, cancellationToken);
    }
}
