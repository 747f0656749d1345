using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Knowledge.Evidence;

/// <summary>Evidence, adoptions and readiness of one intervention on one page (the catalogue page embeds the same sections).</summary>
[Authorize(Policy = Policies.Member)]
public sealed class OverviewModel(InterventionAccess interventions) : PageModel
{
    public InterventionRef Intervention { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var found = await interventions.FindBySlugAsync(EvidenceActor.From(User).Viewer, slug, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Intervention = found;
        return Page();
    }
}
