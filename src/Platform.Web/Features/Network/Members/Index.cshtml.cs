using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Features.Network.Teams;

namespace Platform.Web.Features.Network.Members;

[Authorize(Policy = NetworkPolicies.MemberAdmin)]
public sealed class IndexModel(ListMembersHandler members, ListTeamsHandler teams) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Team { get; set; }

    [BindProperty(SupportsGet = true)]
    public MemberStatus Status { get; set; } = MemberStatus.Active;

    public PageOf<MemberRow> Members { get; private set; } = new([], 1, 25, 0);

    public IReadOnlyList<TeamChoice> Teams { get; private set; } = [];

    public NetworkActor Actor => NetworkActor.From(User);

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        Teams = await teams.ChoicesAsync(Actor, cancellationToken);
        Members = await members.HandleAsync(Actor, new MemberQuery(Search, Role, Team, Status, pageNumber), cancellationToken);
    }
}
