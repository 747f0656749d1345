using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Knowledge.Questions;

[Authorize(Policy = Policies.Member)]
public sealed class DetailsModel(ListQuestionsHandler questions, AnswerQuestionHandler answer, ResolveQuestionHandler resolve, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public AnswerInput Input { get; set; } = new();

    public QuestionView Question { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await questions.FindAsync(QuestionActor.From(User), id, cancellationToken) is not { } question)
        {
            return NotFound();
        }

        Question = question;
        Input.Text = question.Answer ?? "";
        return Page();
    }

    // Razor Pages ignore attributes on handlers: the answer use case checks the role and the agency itself.
    public async Task<IActionResult> OnPostAnswerAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = QuestionActor.From(User);
        if (await questions.FindAsync(actor, id, cancellationToken) is not { } question)
        {
            return NotFound();
        }

        var outcome = await answer.HandleAsync(actor, question.InterventionId, id, Input, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (outcome.IsInvalid)
        {
            Question = question;
            ModelState.Clear();
            outcome.AddTo(ModelState, localizer);
            return Page();
        }

        Message = localizer["Your answer is saved and the person who asked gets an email."];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostResolveAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = QuestionActor.From(User);
        if (await questions.FindAsync(actor, id, cancellationToken) is not { } question)
        {
            return NotFound();
        }

        var outcome = await resolve.HandleAsync(actor, question.InterventionId, id, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        Message = outcome.IsInvalid ? localizer[outcome.Errors.First().Value[0]] : localizer["The question is marked resolved."];
        return RedirectToPage(new { id });
    }
}
