using MimeKit;

namespace Platform.Web.Infrastructure.Mail;

internal static class MimeMessages
{
    public static MimeMessage Create(EmailMessage message, SmtpOptions options, DateTimeOffset now)
    {
        MailboxAddress to;
        try
        {
            to = MailboxAddress.Parse(message.To);
        }
        catch (ParseException ex)
        {
            throw new EmailDeliveryException("The recipient address is not valid.", ex);
        }

        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        foreach (var attachment in message.Attachments ?? [])
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = now,
            Body = body.ToMessageBody(),
        };
        var fromAddress = message.Sender?.FromAddress ?? options.FromAddress;
        mime.From.Add(new MailboxAddress(message.Sender?.DisplayName ?? options.FromName, fromAddress));
        if (message.Sender?.ReplyTo is { Length: > 0 } replyTo)
        {
            mime.ReplyTo.Add(MailboxAddress.Parse(replyTo));
        }

        mime.To.Add(to);
        mime.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(DomainOf(fromAddress));
        return mime;
    }

    private static string DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        return at >= 0 && at < address.Length - 1 ? address[(at + 1)..] : "intercop.example";
    }
}
