using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Network.Directory;

[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(ListDirectoryHandler directory) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    public PageOf<DirectoryAgency> Agencies { get; private set; } = new([], 1, 20, 0);

    public IReadOnlyList<CountryOption> Countries { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        Countries = await directory.CountriesAsync(cancellationToken);
        Agencies = await directory.HandleAsync(new DirectoryQuery(Search, Country, pageNumber), cancellationToken);
    }
}
