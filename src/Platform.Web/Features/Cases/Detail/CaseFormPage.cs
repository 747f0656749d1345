using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Cases.Programmes;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Cases.Detail;

/// <summary>
/// Base of the pages that change a case: loads the case (404 for none or another agency's), and turns a handler's
/// outcome into the page answer. A conflict keeps what the person typed, saves nothing and offers a reload.
/// </summary>
[Authorize(Policy = Policies.PersonalData)]
public abstract class CaseFormPage(CaseDetailQuery query, ProgrammeCatalog programmes, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public CaseDetail Detail { get; private set; } = null!;

    public ProgrammeDefinition Programme { get; private set; } = null!;

    /// <summary>Set when someone else saved the case after this form was opened.</summary>
    public bool IsConflict { get; private set; }

    protected IStringLocalizer<SharedResource> Localizer => localizer;

    protected CaseActor Actor => CaseActor.From(User);

    /// <summary>False when the case does not exist for this member (answer 404).</summary>
    protected async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await query.FindAsync(id, cancellationToken) is not { } detail)
        {
            return false;
        }

        Detail = detail;
        Programme = await programmes.DefinitionAsync(detail.Case.ProgrammeKey, detail.Case.ProgrammeVersion, cancellationToken) ?? new ProgrammeDefinition();
        return true;
    }

    protected async Task<IActionResult> AnswerAsync<T>(Guid id, CaseOutcome<T> outcome, string savedMessage, CancellationToken cancellationToken)
    {
        if (outcome.IsNotFound || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (outcome.IsConflict)
        {
            IsConflict = true;
            return Page();
        }

        if (outcome.IsInvalid)
        {
            ModelState.Clear();
            outcome.AddTo(ModelState, localizer);
            return Page();
        }

        TempData["Message"] = savedMessage;
        return Redirect($"/Cases/{id}");
    }
}
