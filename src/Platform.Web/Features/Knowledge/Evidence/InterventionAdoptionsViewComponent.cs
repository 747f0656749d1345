using Microsoft.AspNetCore.Mvc;
using Platform.Web.Features.Knowledge.Evidence.Adoptions;

namespace Platform.Web.Features.Knowledge.Evidence;

public sealed record AdoptionsSection(InterventionRef Intervention, IReadOnlyList<AdoptionView> Adoptions, bool CanAdopt, AdoptionView? Mine);

/// <summary>The section of an intervention's page that shows which countries are interested, piloting, running or stopped.</summary>
public sealed class InterventionAdoptionsViewComponent(InterventionAccess interventions, ListAdoptionsHandler adoptions) : ViewComponent
{
    public const string ViewPath = "/Features/Knowledge/Evidence/Components/InterventionAdoptions.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(Guid interventionId)
    {
        var actor = EvidenceActor.From(UserClaimsPrincipal);
        var found = await interventions.FindAsync(actor.Viewer, interventionId, HttpContext.RequestAborted);
        var list = found is null ? null : (await adoptions.HandleAsync(actor, interventionId, HttpContext.RequestAborted)).Value;
        if (found is null || list is null)
        {
            return Content("");
        }

        var canAdopt = actor.AgencyCode is not null && (actor.IsCountryAdmin || actor.IsPreventionOfficer);
        return View(ViewPath, new AdoptionsSection(found, list, canAdopt, list.FirstOrDefault(a => a.AgencyCode == actor.AgencyCode)));
    }
}
