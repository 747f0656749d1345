using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Cases.Programmes;
using Platform.Web.Features.Cases.Work;

namespace Platform.Web.Features.Cases.Detail;

public sealed class FollowUpModel(CaseDetailQuery query, ProgrammeCatalog programmes, RecordFollowUpHandler handler, IStringLocalizer<SharedResource> localizer)
    : CaseFormPage(query, programmes, localizer)
{
    [BindProperty]
    public FollowUpInput Input { get; set; } = new();

    public FollowUp? FollowUp { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid followUpId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !Find(followUpId))
        {
            return NotFound();
        }

        Input = new FollowUpInput { Version = Detail.Case.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid followUpId, CancellationToken cancellationToken)
    {
        var answer = await AnswerAsync(id, await handler.HandleAsync(Actor, id, followUpId, Input, cancellationToken), Localizer["Follow-up recorded."], cancellationToken);
        return answer is PageResult && !Find(followUpId) ? NotFound() : answer;
    }

    private bool Find(Guid followUpId)
    {
        FollowUp = Detail.FollowUps.FirstOrDefault(f => f.Id == followUpId);
        return FollowUp is not null;
    }
}
