using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.Tests.Infrastructure;

namespace Platform.E2E.Infrastructure;

/// <summary>
/// The real application on Kestrel (127.0.0.1, free port) with the settings of <see cref="AppFactory"/>, plus one
/// headless Debian Chromium driven by Playwright. Shared by the whole assembly (see AssemblyInfo.cs); every test gets
/// its own browser context, so cookies and storage never leak between tests. Tests create their own members, so the
/// shared database needs no cleanup. Mail goes to a real SMTP server (<see cref="Mail"/>) when aiosmtpd is
/// installed, and the test-only <see cref="PersonalDataProbe"/> is mapped.
/// </summary>
public sealed class BrowserServer : AppFactory
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Uri? _baseAddress;

    /// <summary>Debian's Chromium; Playwright must never download a browser (there is no network for that in CI).</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("INTERCOP_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Where screenshots and page sources of failed tests go.</summary>
    public static string ArtifactsDirectory =>
        Environment.GetEnvironmentVariable("INTERCOP_E2E_ARTIFACTS") is { Length: > 0 } path
            ? path
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "e2e");

    public Uri BaseAddress => _baseAddress ?? throw new InvalidOperationException("The server has not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>The SMTP server the app sends to; tests that read mail call <c>Mail.SkipIfUnavailable()</c>.</summary>
    public SmtpTestServer Mail { get; } = new();

    public override async ValueTask InitializeAsync()
    {
        await Mail.InitializeAsync();
        if (Mail.UnavailableReason is null)
        {
            WithSetting("Smtp:Host", Mail.Host);
            WithSetting("Smtp:Port", Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        _baseAddress = new Uri(addresses.Single());

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", // CI runs as root, where Chromium's sandbox cannot start.
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        });
        // Two shared cores, sometimes busy with a build: be patient, but not forever.
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddPersonalDataProbe());
    }

    /// <summary>A fresh, isolated browser profile (cookies, storage) on the app, in English.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "en-GB",
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(30_000);
        return context;
    }

    /// <summary>
    /// The fake clock only moves when tests move it; browser tests use real TOTP codes, so the server's time is set
    /// to real time before each test.
    /// </summary>
    public void CatchUpWithRealTime()
    {
        var now = DateTimeOffset.UtcNow;
        if (now > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(now);
        }
    }

    /// <summary>True when a page or endpoint with this route template is mapped, e.g. "/Accounts/Language".</summary>
    public bool HasRoute(string path) =>
        Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Any(e => string.Equals("/" + e.RoutePattern.RawText?.TrimStart('/'), path, StringComparison.OrdinalIgnoreCase));

    public override async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
        await Mail.DisposeAsync();
    }
}
