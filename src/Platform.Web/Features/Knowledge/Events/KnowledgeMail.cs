using System.Globalization;
using System.Net;
using Microsoft.Extensions.Localization;
using Platform.Web.Infrastructure.Mail;

namespace Platform.Web.Features.Knowledge.Events;

/// <summary>
/// Mails of the knowledge area (event confirmations, Q&amp;A notices) in the recipient's preferred language, falling
/// back to English, as plain text plus an HTML alternative. A failed delivery is logged, never fatal: the change
/// the mail reports is already saved and visible on the platform.
/// </summary>
public sealed class KnowledgeMail(IEmailSender sender, IStringLocalizer<SharedResource> localizer, IConfiguration configuration,
    IHttpContextAccessor http, ILogger<KnowledgeMail> logger)
{
    public string BaseUrl
    {
        get
        {
            var configured = configuration["Platform:PublicBaseUrl"];
            var request = http.HttpContext?.Request;
            return !string.IsNullOrWhiteSpace(configured) || request is null
                ? (configured ?? "https://localhost").TrimEnd('/')
                : $"{request.Scheme}://{request.Host}{request.PathBase}";
        }
    }

    /// <summary>Builds and sends one mail with texts localized into <paramref name="language"/>.</summary>
    public async Task<bool> SendAsync(
        string to, string language, Func<Func<string, object[], string>, MailContent> compose,
        IReadOnlyList<EmailAttachment>? attachments = null, CancellationToken cancellationToken = default)
    {
        MailContent content;
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureFor(language);
            content = compose((key, args) => localizer[key, args].Value);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }

        try
        {
            await sender.SendAsync(new EmailMessage(to, content.Subject, content.Text(), content.Html(language), attachments), cancellationToken);
            return true;
        }
        catch (EmailDeliveryException ex)
        {
            logger.LogWarning(ex, "Knowledge mail {Subject} could not be sent", content.Subject);
            return false;
        }
    }

    private static CultureInfo CultureFor(string? language)
    {
        try
        {
            return string.IsNullOrWhiteSpace(language) ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.GetCultureInfo("en");
        }
    }
}

/// <summary>A mail as paragraphs and an optional link; rendered once as text and once as HTML so both say the same.</summary>
public sealed record MailContent(string Subject, IReadOnlyList<string> Paragraphs, string? LinkText = null, string? LinkUrl = null)
{
    public string Text() =>
        string.Join("\n\n", Paragraphs.Concat(LinkUrl is null ? [] : [$"{LinkText}:\n{LinkUrl}"]).Append("InterCOP Platform")) + "\n";

    public string Html(string language)
    {
        var e = (Func<string, string>)WebUtility.HtmlEncode;
        var body = string.Concat(Paragraphs.Select(p => $"<p>{e(p).Replace("\n", "<br>", StringComparison.Ordinal)}</p>"));
        var link = LinkUrl is null ? "" : $"<p><a href=\"{e(LinkUrl)}\">{e(LinkText ?? LinkUrl)}</a></p>";
        return $"<!DOCTYPE html><html lang=\"{e(language)}\"><head><meta charset=\"utf-8\"><title>{e(Subject)}</title></head>"
            + $"<body style=\"font-family: sans-serif; line-height: 1.5; color: #1b1f24;\">{body}{link}<p>InterCOP Platform</p></body></html>";
    }
}
