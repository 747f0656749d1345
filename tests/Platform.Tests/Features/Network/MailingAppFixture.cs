using Platform.Tests.Infrastructure;

namespace Platform.Tests.Features.Network;

/// <summary>The app wired to a real local SMTP server (aiosmtpd), started before the app so its port can be configured.</summary>
public sealed class MailingAppFixture : IAsyncLifetime
{
    public SmtpTestServer Smtp { get; } = new();

    public AppFactory App { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await Smtp.InitializeAsync();
        if (Smtp.UnavailableReason is null)
        {
            App.WithSetting("Smtp:Host", Smtp.Host).WithSetting("Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        App.WithSetting("Platform:PublicBaseUrl", "https://intercop.test");
        await App.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
