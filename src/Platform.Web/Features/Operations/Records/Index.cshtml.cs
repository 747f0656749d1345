using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Operations.Records;

[Authorize(Policy = Policies.PersonalData)]
public sealed class IndexModel(OperationQueries queries) : PageModel
{
    public PageOf<OperationSummary> Operations { get; private set; } = new([], 1, 25, 0);

    public OperationActor Actor => OperationActor.From(User);

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken) =>
        Operations = await queries.ListAsync(Actor.AgencyCode, pageNumber, null, cancellationToken);
}
