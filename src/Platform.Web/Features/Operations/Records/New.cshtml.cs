using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Records;

[Authorize(Policy = OperationsPolicies.Coordinate)]
public sealed class NewModel(CreateOperationHandler create, AppDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public OperationInput Input { get; set; } = new();

    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await create.HandleAsync(OperationActor.From(User), Input, cancellationToken);
        if (outcome.IsInvalid)
        {
            ModelState.Clear();
            outcome.AddTo(ModelState, localizer);
            await LoadAsync(cancellationToken);
            return Page();
        }

        return Redirect($"/Operations/{outcome.Value!.Id}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var own = OperationActor.From(User).AgencyCode;
        Agencies = await db.Agencies.AsNoTracking().Where(a => a.IsActive && a.Code != own).OrderBy(a => a.CountryName).ToListAsync(cancellationToken);
    }
}
