using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Network.Teams;

[Authorize(Policy = Policies.CountryAdmin)]
public sealed class IndexModel(
    ListTeamsHandler list,
    CreateTeamHandler create,
    RenameTeamHandler rename,
    DeleteTeamHandler delete,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<TeamRow> Teams { get; private set; } = [];

    [BindProperty]
    public TeamInput Input { get; set; } = new();

    /// <summary>The team being renamed, when the rename form is open.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Rename { get; set; }

    [TempData]
    public string? Message { get; set; }

    private NetworkActor Actor => NetworkActor.From(User);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Teams = await list.HandleAsync(Actor, cancellationToken);
        if (Teams.FirstOrDefault(t => t.Id == Rename) is { } team)
        {
            Input = new TeamInput { Name = team.Name, Description = team.Description };
        }
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var outcome = await create.HandleAsync(Actor, Input, cancellationToken);
        return await AfterAsync(outcome, localizer["Team {0} created.", Input.Name?.Trim() ?? ""], cancellationToken);
    }

    public async Task<IActionResult> OnPostRenameAsync(Guid id, CancellationToken cancellationToken)
    {
        Rename = id;
        var outcome = await rename.HandleAsync(Actor, id, Input, cancellationToken);
        return await AfterAsync(outcome, localizer["Team renamed to {0}.", Input.Name?.Trim() ?? ""], cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await delete.HandleAsync(Actor, id, cancellationToken);
        return await AfterAsync(outcome, localizer["Team deleted."], cancellationToken);
    }

    private async Task<IActionResult> AfterAsync<T>(Outcome<T> outcome, string message, CancellationToken cancellationToken)
    {
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (outcome.IsInvalid)
        {
            ModelState.Clear();
            outcome.AddTo(ModelState, localizer);
            Teams = await list.HandleAsync(Actor, cancellationToken);
            return Page();
        }

        Message = message;
        return RedirectToPage();
    }
}
