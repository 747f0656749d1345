using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Operations.Contact.Model;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Jobs;
using Platform.Web.Infrastructure.Mail;

namespace Platform.Web.Features.Operations.Contact.Email;

/// <summary>
/// Sends one country's planned warning emails of one operation, throttled to the country's messages per minute.
/// <para>Never twice: an action is claimed (Planned → Sending, a conditional update) before the mail server sees it, and
/// its result (Done + Delivered, or Failed + Bounced) is saved with the person's first-contact time in one transaction.
/// A runner that dies between the two leaves the action in Sending; a later run marks it failed for a human to check
/// instead of sending again. When the minute's budget is used up, the job ends and queues its continuation.</para>
/// </summary>
public sealed class SendWarningEmailsJob(
    AppDbContext db, WarningTemplates templates, WarningEmailQueue queue, IEmailSender sender, TimeProvider clock, IAuditLog audit,
    ILogger<SendWarningEmailsJob> logger) : IJobHandler
{
    public const string JobKind = "operations.warning-emails";
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public string Kind => JobKind;

    private sealed record Progress(int Delivered, int Bounced);

    public async Task RunAsync(JobExecution job, CancellationToken cancellationToken)
    {
        var agency = job.AgencyCode ?? throw new InvalidOperationException("A warning-email job needs an agency.");
        var input = job.PayloadAs<WarningEmailJobInput>() ?? throw new InvalidOperationException("A warning-email job needs its operation.");
        using var _ = db.Scope.ActAs(agency);
        var operation = await db.Operations.AsNoTracking().FirstAsync(o => o.Id == input.OperationId, cancellationToken);
        var settings = await templates.SettingsAsync(agency, cancellationToken);
        var progress = job.CheckpointAs<Progress>() ?? new Progress(0, 0);
        await FailInterruptedAsync(input.OperationId, cancellationToken);

        while (true)
        {
            var now = clock.GetUtcNow();
            var windowStart = now - Window;
            var sentInWindow = await db.ContactActions
                .Where(a => a.Kind == ContactActionKind.WarningEmail && a.SendStartedAt != null && a.SendStartedAt > windowStart)
                .Select(a => a.SendStartedAt!.Value).ToListAsync(cancellationToken);
            var next = await Pending(input.OperationId).OrderBy(a => a.DecidedAt).ThenBy(a => a.Id).Select(a => a.Id).FirstOrDefaultAsync(cancellationToken);
            if (next == Guid.Empty)
            {
                break;
            }

            if (sentInWindow.Count >= Math.Max(1, settings.MaxPerMinute))
            {
                await queue.EnqueueAsync(agency, input.OperationId, cancellationToken, sentInWindow.Min() + Window);
                job.Summary = $"{progress.Delivered} delivered, {progress.Bounced} bounced; continues after the per-minute limit";
                return;
            }

            var claimed = await db.ContactActions.Where(a => a.Id == next && a.Status == ContactActionStatus.Planned)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ContactActionStatus.Sending).SetProperty(a => a.SendStartedAt, now), cancellationToken);
            if (claimed == 1)
            {
                var delivered = await SendOneAsync(next, operation, settings, cancellationToken);
                progress = delivered ? progress with { Delivered = progress.Delivered + 1 } : progress with { Bounced = progress.Bounced + 1 };
                await job.ReportAsync(progress.Delivered + progress.Bounced, null, progress, cancellationToken);
            }
        }

        job.Summary = $"{progress.Delivered} delivered, {progress.Bounced} bounced";
    }

    private IQueryable<ContactAction> Pending(Guid operationId) => db.ContactActions.Where(a =>
        a.OperationId == operationId && a.Kind == ContactActionKind.WarningEmail && a.Status == ContactActionStatus.Planned);

    private async Task<bool> SendOneAsync(Guid actionId, Operation operation, ContactSenderSettings settings, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var action = await db.ContactActions.FirstAsync(a => a.Id == actionId, cancellationToken);
        var person = await db.OperationPersons.FirstAsync(p => p.Id == action.PersonId, cancellationToken);
        var to = person.Emails.FirstOrDefault();
        var message = await templates.RenderAsync(action.AgencyCode, action.Language, operation.TargetService, operation.Name, person.Usernames.FirstOrDefault(), cancellationToken);
        action.Language = message.Language;
        action.Recipient = to;
        ContactOutcomeKind result;
        string? detail = null;
        try
        {
            if (to is null)
            {
                throw new EmailDeliveryException("The person has no email address.");
            }

            await sender.SendAsync(new EmailMessage(to, message.Subject, message.Body,
                Sender: new EmailSenderIdentity(settings.FromAddress, settings.DisplayName, settings.ReplyTo)), cancellationToken);
            result = ContactOutcomeKind.Delivered;
        }
        catch (EmailDeliveryException ex) when (IsPermanent(ex) || to is null)
        {
            result = ContactOutcomeKind.Bounced;
            detail = ex.InnerException?.Message ?? ex.Message;
        }
        catch (Exception)
        {
            // A temporary failure (server down, 4xx): the mail was not accepted, so it may be tried again by the retry.
            await db.ContactActions.Where(a => a.Id == actionId)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ContactActionStatus.Planned).SetProperty(a => a.SendStartedAt, (DateTimeOffset?)null), CancellationToken.None);
            throw;
        }

        var now = clock.GetUtcNow();
        action.Status = result == ContactOutcomeKind.Delivered ? ContactActionStatus.Done : ContactActionStatus.Failed;
        action.CompletedAt = result == ContactOutcomeKind.Delivered ? now : null;
        action.OutcomeAt = now;
        db.ContactOutcomes.Add(new ContactOutcome { AgencyCode = action.AgencyCode, ActionId = action.Id, PersonId = person.Id, Kind = result, At = now, Notes = Truncate(detail) });
        if (result == ContactOutcomeKind.Delivered)
        {
            person.FirstContactedAt ??= now;
        }

        await db.SaveChangesAsync(CancellationToken.None);
        await audit.RecordAsync(new AuditEvent("operation.warning-email-sent", nameof(OperationPerson), person.Id.ToString(), action.AgencyCode,
            Details: $"action {action.Id}: {result}, language {message.Language}", Actor: AuditActor.System), CancellationToken.None);
        return result == ContactOutcomeKind.Delivered;
    }

    private async Task FailInterruptedAsync(Guid operationId, CancellationToken cancellationToken)
    {
        var stuck = await db.ContactActions.Where(a => a.OperationId == operationId && a.Kind == ContactActionKind.WarningEmail && a.Status == ContactActionStatus.Sending)
            .ToListAsync(cancellationToken);
        foreach (var action in stuck)
        {
            logger.LogWarning("Warning email {ActionId} was interrupted during sending; marked failed, not sent again", action.Id);
            action.Status = ContactActionStatus.Failed;
            action.Notes = "Sending was interrupted; it is unknown whether the mail server accepted it. Check its log before deciding again.";
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    // 5xx from the server (e.g. 550 mailbox unavailable) is final; a broken address never reaches the server.
    private static bool IsPermanent(EmailDeliveryException ex) => ex.InnerException switch
    {
        SmtpCommandException command => (int)command.StatusCode >= 500,
        MimeKit.ParseException => true,
        null => true,
        _ => false,
    };

    private static string? Truncate(string? text) => text is { Length: > ContactAction.NotesLength } ? text[..ContactAction.NotesLength] : text;
}
