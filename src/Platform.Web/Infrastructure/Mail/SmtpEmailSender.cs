using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Platform.Web.Infrastructure.Mail;

/// <summary>Delivers through the configured SMTP server; one connection per message keeps it simple and thread-safe.</summary>
internal sealed class SmtpEmailSender(IOptions<SmtpOptions> options, TimeProvider clock, ILogger<SmtpEmailSender> logger)
    : IEmailSender
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var smtp = options.Value;
        var mime = MimeMessages.Create(message, smtp, clock.GetUtcNow());
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host!, smtp.Port, SocketOptions(smtp), cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }

            await client.SendAsync(mime, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Sending mail {MessageId} through {Host}:{Port} failed", mime.MessageId, smtp.Host, smtp.Port);
            throw new EmailDeliveryException($"The mail server {smtp.Host}:{smtp.Port} did not accept the message.", ex);
        }

        logger.LogInformation("Mail {MessageId} sent through {Host}:{Port}", mime.MessageId, smtp.Host, smtp.Port);
    }

    // An explicit choice instead of MailKit's "Auto": with UseTls a downgrade to plain text must fail, not silently succeed.
    private static SecureSocketOptions SocketOptions(SmtpOptions smtp) => smtp.UseTls
        ? smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls
        : SecureSocketOptions.None;
}
