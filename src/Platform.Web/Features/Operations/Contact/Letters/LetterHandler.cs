using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Operations.Contact.Actions;
using Platform.Web.Features.Operations.Contact.Email;
using Platform.Web.Features.Operations.Contact.Model;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Contact.Letters;

public sealed record LetterFile(string FileName, byte[] Content);

/// <summary>
/// The printable letter of a letter action, with the same text as the warning email. Postal addresses are not in
/// seized data: the officer adds the address when sending. Every download is audited; the first marks it printed.
/// </summary>
public sealed class LetterHandler(AppDbContext db, OperationAccess access, WarningTemplates templates, RecordOutcomeHandler outcomes, TimeProvider clock, IAuditLog audit)
{
    public async Task<LetterFile?> HandleAsync(ContactActor actor, Guid operationId, Guid actionId, CancellationToken cancellationToken = default)
    {
        var operation = await access.FindVisibleAsync(actor, operationId, cancellationToken);
        var action = operation is null ? null : await db.ContactActions.Include(a => a.Outcomes)
            .FirstOrDefaultAsync(a => a.Id == actionId && a.OperationId == operationId && a.Kind == ContactActionKind.Letter, cancellationToken);
        if (operation is null || action is null)
        {
            return null;
        }

        var person = await db.OperationPersons.AsNoTracking().FirstAsync(p => p.Id == action.PersonId, cancellationToken);
        var text = await templates.RenderAsync(action.AgencyCode, action.Language, operation.TargetService, operation.Name, person.Usernames.FirstOrDefault(), cancellationToken);
        var settings = await templates.SettingsAsync(action.AgencyCode, cancellationToken);
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Code == action.AgencyCode).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var pdf = LetterPdf.Create(
            settings.DisplayName ?? agency ?? action.AgencyCode, now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            $"{operation.Code} / {action.Id.ToString()[..8]}", text.Subject, text.Body);

        if (action.Outcomes.All(o => o.Kind != ContactOutcomeKind.LetterPrinted))
        {
            await outcomes.AddAsync(action, ContactOutcomeKind.LetterPrinted, now, actor.MemberId, null, cancellationToken);
        }

        await audit.RecordAsync(new AuditEvent("operation.letter-downloaded", nameof(OperationPerson), person.Id.ToString(), action.AgencyCode,
            Details: $"action {action.Id}, language {text.Language}"), cancellationToken);
        return new LetterFile($"letter-{operation.Code}-{action.Id.ToString()[..8]}.pdf", pdf);
    }
}
