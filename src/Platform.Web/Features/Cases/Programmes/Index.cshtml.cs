using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Cases.Programmes;

[Authorize(Policy = Policies.PersonalData)]
public sealed class IndexModel(ProgrammeCatalog catalog) : PageModel
{
    public IReadOnlyList<ProgrammeVersionView> Versions { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Message = TempData["Message"] as string;
        Versions = await catalog.ListAsync(cancellationToken);
    }
}
