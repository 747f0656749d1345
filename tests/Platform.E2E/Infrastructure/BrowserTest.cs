using System.Collections.Concurrent;
using System.Text;
using Microsoft.Playwright;

namespace Platform.E2E.Infrastructure;

/// <summary>
/// Base class of browser tests: a new browser context and page per test, a screenshot and the page source in
/// TestResults/e2e when the test fails, and a failure when the browser reported an error (a script error, a
/// resource that failed to load, or a Content-Security-Policy violation: pages may have no inline script or style).
/// </summary>
public abstract class BrowserTest(BrowserServer server) : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _browserErrors = new();
    // The browser asks for /favicon.ico by itself; the platform has none yet, and that is no page error.
    private readonly List<string> _allowedErrors = ["/favicon.ico"];
    private readonly List<IBrowserContext> _contexts = [];
    private IPage? _page;

    protected BrowserServer Server => server;

    protected IPage Page => _page ?? throw new InvalidOperationException("The page is created in InitializeAsync.");

    /// <summary>Errors the browser reported so far (console errors and uncaught exceptions).</summary>
    protected IReadOnlyCollection<string> BrowserErrors => _browserErrors;

    /// <summary>
    /// Tolerates browser errors containing <paramref name="fragment"/>, e.g. "status of 404" in a test that
    /// expects a 404 page (Chromium logs every failed response as a console error).
    /// </summary>
    protected void AllowBrowserErrors(string fragment) => _allowedErrors.Add(fragment);

    public virtual async ValueTask InitializeAsync()
    {
        server.CatchUpWithRealTime();
        _page = await NewPageAsync();
    }

    /// <summary>
    /// A page in another fresh browser context, e.g. a second person in the same test. Its browser errors count as
    /// the test's, and it is closed (and screenshotted on failure) with the test.
    /// </summary>
    protected async Task<IPage> NewPageAsync()
    {
        var context = await server.NewContextAsync();
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _browserErrors.Enqueue($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => _browserErrors.Enqueue($"uncaught: {error}");
        return page;
    }

    public virtual async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        var result = TestContext.Current.TestState?.Result;
        if (result == TestResult.Failed)
        {
            var pages = _contexts.SelectMany(c => c.Pages).ToList();
            for (var i = 0; i < pages.Count; i++)
            {
                await SaveFailureArtifactsAsync(pages[i], i == 0 ? "" : $"-page{i + 1}");
            }
        }

        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        var errors = _browserErrors.Where(e => !_allowedErrors.Exists(a => e.Contains(a, StringComparison.Ordinal))).ToList();
        if (result == TestResult.Passed && errors.Count > 0)
        {
            Assert.Fail("The browser reported errors:\n  " + string.Join("\n  ", errors));
        }
    }

    private static async Task SaveFailureArtifactsAsync(IPage page, string suffix)
    {
        try
        {
            var folder = Directory.CreateDirectory(BrowserServer.ArtifactsDirectory).FullName;
            var name = SafeFileName(TestContext.Current.Test?.TestDisplayName ?? "unknown-test") + suffix;
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
            await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"), $"<!-- {page.Url} -->\n" + await page.ContentAsync());
            TestContext.Current.SendDiagnosticMessage($"Screenshot of the failed test: {Path.Combine(folder, name + ".png")}");
        }
        catch (PlaywrightException e)
        {
            TestContext.Current.SendDiagnosticMessage($"No screenshot: {e.Message}");
        }
    }

    private static string SafeFileName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(invalid.Contains(c) || char.IsWhiteSpace(c) ? '_' : c);
        }

        return builder.ToString();
    }
}
