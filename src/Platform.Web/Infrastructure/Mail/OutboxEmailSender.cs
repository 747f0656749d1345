using Microsoft.Extensions.Options;

namespace Platform.Web.Infrastructure.Mail;

/// <summary>Without a mail server, messages are written as .eml files that any mail client can open.</summary>
internal sealed class OutboxEmailSender(
    IOptions<SmtpOptions> options,
    TimeProvider clock,
    MailOutbox outbox,
    ILogger<OutboxEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var mime = MimeMessages.Create(message, options.Value, now);
        Directory.CreateDirectory(outbox.Directory);
        var path = Path.Combine(outbox.Directory, $"{now:yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}.eml");
        try
        {
            await mime.WriteToAsync(path, cancellationToken);
        }
        catch (IOException ex)
        {
            throw new EmailDeliveryException("The message could not be written to the mail outbox.", ex);
        }

        logger.LogInformation("No SMTP server configured (Smtp:Host); mail {Subject} written to {Path}", message.Subject, path);
    }
}

/// <summary>The folder where <see cref="OutboxEmailSender"/> writes messages.</summary>
public sealed record MailOutbox(string Directory);
