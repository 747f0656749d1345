using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Cases.Programmes;
using Platform.Web.Features.Cases.Work;

namespace Platform.Web.Features.Cases.Detail;

public sealed class ConsentModel(CaseDetailQuery query, ProgrammeCatalog programmes, RecordConsentHandler handler, IStringLocalizer<SharedResource> localizer)
    : CaseFormPage(query, programmes, localizer)
{
    [BindProperty]
    public ConsentInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, ConsentPerson? person, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new ConsentInput { Version = Detail.Case.Version, Person = person ?? ConsentPerson.YoungPerson };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        await AnswerAsync(id, await handler.HandleAsync(Actor, id, Input, cancellationToken), Localizer["Consent recorded."], cancellationToken);
}
