using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Cases.Programmes;
using Platform.Web.Features.Cases.Work;

namespace Platform.Web.Features.Cases.Detail;

public sealed class EndModel(CaseDetailQuery query, ProgrammeCatalog programmes, EndProgrammeHandler handler, IStringLocalizer<SharedResource> localizer)
    : CaseFormPage(query, programmes, localizer)
{
    [BindProperty]
    public EndProgrammeInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, bool dropOut, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new EndProgrammeInput { Version = Detail.Case.Version, End = dropOut ? ProgrammeEnd.DroppedOut : ProgrammeEnd.Completed };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        await AnswerAsync(id, await handler.HandleAsync(Actor, id, Input, cancellationToken), Localizer["The end of the programme is recorded; the follow-ups are scheduled."], cancellationToken);
}
