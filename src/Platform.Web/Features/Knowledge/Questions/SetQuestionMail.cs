using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Questions;

/// <summary>A member turns the "new question to my agency" emails on (default) or off.</summary>
public sealed class SetQuestionMailHandler(AppDbContext db, IAuditLog audit, TimeProvider clock)
{
    public Task<bool> IsOnAsync(string memberId, CancellationToken cancellationToken = default) =>
        db.QuestionMailOptOuts.AllAsync(o => o.MemberId != memberId, cancellationToken);

    public async Task HandleAsync(string memberId, bool on, CancellationToken cancellationToken = default)
    {
        var optOut = await db.QuestionMailOptOuts.FirstOrDefaultAsync(o => o.MemberId == memberId, cancellationToken);
        if (on == (optOut is null))
        {
            return;
        }

        if (on)
        {
            db.QuestionMailOptOuts.Remove(optOut!);
        }
        else
        {
            db.QuestionMailOptOuts.Add(new QuestionMailOptOut { MemberId = memberId, CreatedAt = clock.GetUtcNow() });
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(on ? "question-mail.turned-on" : "question-mail.turned-off", "Member", memberId), cancellationToken);
    }
}
