using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Operations.Contact.Letters;

/// <summary>The warning letter of a letter action, laid out for A4 printing (print or "save as PDF" in the browser).</summary>
[Authorize(Policy = Policies.PersonalData)]
public sealed class PrintModel(LetterHandler letters) : PageModel
{
    public LetterView Letter { get; private set; } = null!;

    public Guid OperationId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid actionId, CancellationToken cancellationToken)
    {
        var letter = await letters.HandleAsync(ContactActor.From(User), id, actionId, cancellationToken);
        if (letter is null)
        {
            return NotFound();
        }

        (Letter, OperationId) = (letter, id);
        return Page();
    }
}
