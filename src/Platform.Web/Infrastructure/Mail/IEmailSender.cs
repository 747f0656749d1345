namespace Platform.Web.Infrastructure.Mail;

/// <summary>
/// Sends one email. SMTP when Smtp:Host is set; otherwise the message is written as a .eml file into
/// {DataDirectory}/mail-outbox so a trial installation works without a mail server.
/// Throws <see cref="EmailDeliveryException"/> when the message could not be handed over.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}

/// <param name="To">One recipient address.</param>
/// <param name="TextBody">Plain-text body; always sent, so every mail client can read the message.</param>
/// <param name="HtmlBody">Optional HTML alternative of the same content.</param>
/// <param name="Attachments">Optional files, e.g. an iCalendar invitation.</param>
/// <param name="Sender">Optional sender identity instead of the platform's (Smtp:FromAddress), e.g. a country's prevention team.</param>
public sealed record EmailMessage(
    string To, string Subject, string TextBody, string? HtmlBody = null, IReadOnlyList<EmailAttachment>? Attachments = null,
    EmailSenderIdentity? Sender = null);

/// <param name="FromAddress">Sender address; the platform's address when null.</param>
/// <param name="DisplayName">Sender display name; the platform's name when null.</param>
/// <param name="ReplyTo">Where replies go, when not to the sender.</param>
public sealed record EmailSenderIdentity(string? FromAddress, string? DisplayName, string? ReplyTo);

/// <param name="ContentType">MIME type, e.g. "text/calendar; method=PUBLISH; charset=utf-8".</param>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

public sealed class EmailDeliveryException : Exception
{
    public EmailDeliveryException()
    {
    }

    public EmailDeliveryException(string message) : base(message)
    {
    }

    public EmailDeliveryException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
