using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Knowledge.Questions;

[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(ListQuestionsHandler questions, SetQuestionMailHandler mail, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Unanswered { get; set; }

    public PageOf<QuestionView> ToMyAgency { get; private set; } = new([], 1, 20, 0);

    public PageOf<QuestionView> Mine { get; private set; } = new([], 1, 10, 0);

    public bool MailOn { get; private set; }

    public QuestionActor Actor => QuestionActor.From(User);

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        ToMyAgency = await questions.ToMyAgencyAsync(Actor, Unanswered, pageNumber, cancellationToken);
        Mine = await questions.AskedByMeAsync(Actor, null, cancellationToken);
        MailOn = await mail.IsOnAsync(Actor.MemberId, cancellationToken);
    }

    public async Task<IActionResult> OnPostMailAsync(bool on, CancellationToken cancellationToken)
    {
        await mail.HandleAsync(Actor.MemberId, on, cancellationToken);
        Message = on ? localizer["You will get an email for each new question to your agency."] : localizer["You will no longer get emails about new questions."];
        return RedirectToPage();
    }
}
