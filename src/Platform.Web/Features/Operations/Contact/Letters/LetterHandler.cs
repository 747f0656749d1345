using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Operations.Contact.Actions;
using Platform.Web.Features.Operations.Contact.Email;
using Platform.Web.Features.Operations.Contact.Model;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Contact.Letters;

/// <summary>The text of one letter, laid out for printing by the letter page (the browser prints or saves it as PDF).</summary>
public sealed record LetterView(string Sender, string Date, string Reference, string Subject, string Body, string Language);

/// <summary>
/// The printable letter of a letter action, with the same text as the warning email. Postal addresses are not in
/// seized data: the officer adds the address when sending. Every opening is audited; the first marks it printed. A printable page rather than a PDF library: the PDFsharp
/// release in the registry (6.5) is AGPL-only, which this project has not chosen.
/// </summary>
public sealed class LetterHandler(AppDbContext db, OperationAccess access, WarningTemplates templates, RecordOutcomeHandler outcomes, TimeProvider clock, IAuditLog audit)
{
    public async Task<LetterView?> HandleAsync(ContactActor actor, Guid operationId, Guid actionId, CancellationToken cancellationToken = default)
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
        var letter = new LetterView(
            settings.DisplayName ?? agency ?? action.AgencyCode, now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            $"{operation.Code} / {action.Id.ToString()[..8]}", text.Subject, text.Body, text.Language);

        if (action.Outcomes.All(o => o.Kind != ContactOutcomeKind.LetterPrinted))
        {
            await outcomes.AddAsync(action, ContactOutcomeKind.LetterPrinted, now, actor.MemberId, null, cancellationToken);
        }

        await audit.RecordAsync(new AuditEvent("operation.letter-opened", nameof(OperationPerson), person.Id.ToString(), action.AgencyCode,
            Details: $"action {action.Id}, language {text.Language}"), cancellationToken);
        return letter;
    }
}
