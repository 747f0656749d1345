using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Cases.Enquiries;

[Authorize(Policy = Policies.PersonalData)]
public sealed class IndexModel(CaseQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public PageOf<EnquiryItem> Enquiries { get; private set; } = null!;

    public string? Message { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        Message = TempData["Message"] as string;
        Enquiries = await queries.EnquiriesAsync(!All, page, cancellationToken: cancellationToken);
    }
}
