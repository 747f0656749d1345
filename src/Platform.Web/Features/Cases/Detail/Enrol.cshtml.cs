using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Cases.Programmes;
using Platform.Web.Features.Cases.Work;

namespace Platform.Web.Features.Cases.Detail;

public sealed class EnrolModel(CaseDetailQuery query, ProgrammeCatalog programmes, EnrolHandler handler, IStringLocalizer<SharedResource> localizer)
    : CaseFormPage(query, programmes, localizer)
{
    [BindProperty]
    public VersionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new VersionInput { Version = Detail.Case.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        await AnswerAsync(id, await handler.HandleAsync(Actor, id, Input, cancellationToken), Localizer["Enrolled in the programme."], cancellationToken);
}
