using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Network.Partners;

[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(ListPartnersHandler partners) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public PartnerKind? Kind { get; set; }

    public PageOf<PartnerView> Partners { get; private set; } = new([], 1, 25, 0);

    public NetworkActor Actor => NetworkActor.From(User);

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken) =>
        Partners = await partners.HandleAsync(new PartnerQuery(Search, Kind, null, pageNumber), cancellationToken);
}
