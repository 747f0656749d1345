namespace Platform.Web.Infrastructure.Mail;

/// <summary>The "Smtp" section of appsettings.json.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    /// <summary>Empty: no mail server, messages go to the mail-outbox folder instead.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>True: implicit TLS on port 465, STARTTLS (required) on any other port.</summary>
    public bool UseTls { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string FromAddress { get; set; } = "no-reply@intercop.example";

    public string FromName { get; set; } = "InterCOP Platform";

    public bool UsesOutbox => string.IsNullOrWhiteSpace(Host);
}
