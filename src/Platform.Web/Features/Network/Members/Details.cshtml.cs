using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network.Teams;

namespace Platform.Web.Features.Network.Members;

[Authorize(Policy = NetworkPolicies.MemberAdmin)]
public sealed class DetailsModel(
    GetMemberHandler get,
    UpdateMemberHandler update,
    SetMemberActiveHandler setActive,
    ListTeamsHandler teams,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public MemberDetails Member { get; private set; } = null!;

    public IReadOnlyList<TeamRow> Teams { get; private set; } = [];

    [BindProperty]
    public MemberUpdateInput Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public NetworkActor Actor => NetworkActor.From(User);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new MemberUpdateInput
        {
            Roles = [.. Member.Roles],
            TeamId = Member.TeamId,
            JobTitle = Member.JobTitle,
            ListedInDirectory = Member.ListedInDirectory,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        var outcome = await update.HandleAsync(Actor, id, Input, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (outcome.IsInvalid)
        {
            ModelState.Clear();
            outcome.AddTo(ModelState, localizer);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        Message = localizer["Changes saved."];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostActiveAsync(string id, bool active, CancellationToken cancellationToken)
    {
        var outcome = await setActive.HandleAsync(Actor, id, active, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (outcome.IsInvalid)
        {
            Message = localizer[outcome.Errors.Values.First()[0]];
            return RedirectToPage(new { id });
        }

        Message = active ? localizer["The member can sign in again."] : localizer["The member is deactivated and can no longer sign in."];
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var outcome = await get.HandleAsync(Actor, id, cancellationToken);
        if (outcome.IsNotFound)
        {
            return false;
        }

        Member = outcome.Value!;
        Teams = await teams.HandleAsync(Actor, cancellationToken);
        return true;
    }
}
