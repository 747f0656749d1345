using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Platform.Web.Infrastructure.Mail;

namespace Platform.Tests.Infrastructure.Mail;

public sealed class EmailSenderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Send_WithSmtpServer_DeliversTextAndHtml()
    {
        await using var smtp = new SmtpTestServer();
        await smtp.InitializeAsync();
        smtp.SkipIfUnavailable();
        await using var app = new AppFactory()
            .WithSetting("Smtp:Host", smtp.Host)
            .WithSetting("Smtp:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithSetting("Smtp:FromAddress", "platform@intercop.test");

        await app.WithScopeAsync(sp => sp.GetRequiredService<IEmailSender>()
            .SendAsync(new EmailMessage("someone@example.org", "Hello — ü", "Plain text", "<p>HTML</p>"), Ct));

        var message = Assert.Single(await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(15)));
        Assert.Equal("Hello — ü", message.Subject);
        Assert.Equal("platform@intercop.test", message.From.Mailboxes.Single().Address);
        Assert.Equal("Plain text", message.TextBody?.Trim());
        Assert.Equal("<p>HTML</p>", message.HtmlBody?.Trim());
    }

    [Fact]
    public async Task Send_WithoutSmtpHost_WritesEmlFileToOutbox()
    {
        await using var app = new AppFactory().WithSetting("Smtp:Host", "");

        await app.WithScopeAsync(sp => sp.GetRequiredService<IEmailSender>()
            .SendAsync(new EmailMessage("someone@example.org", "Outbox test", "Body text"), Ct));

        var file = Assert.Single(Directory.GetFiles(Path.Combine(app.DataDirectory, "mail-outbox"), "*.eml"));
        var message = await MimeMessage.LoadAsync(file, Ct);
        Assert.Equal("Outbox test", message.Subject);
        Assert.Equal("someone@example.org", message.To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task Send_ToUnreachableServer_ThrowsEmailDeliveryException()
    {
        await using var app = new AppFactory().WithSetting("Smtp:Host", "127.0.0.1").WithSetting("Smtp:Port", "1");

        await Assert.ThrowsAsync<EmailDeliveryException>(() => app.WithScopeAsync(sp => sp.GetRequiredService<IEmailSender>()
            .SendAsync(new EmailMessage("someone@example.org", "Nowhere", "Body"), Ct)));
    }
}
