using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Features.ApiKeys;

public sealed partial class ApiReferenceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenApiDocument_DescribesThePlatform_ItsEndpoints_AndTheApiKeyScheme()
    {
        var json = await app.CreateClient().GetStringAsync("/api/openapi/v1.json", Ct);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal("InterCOP Platform API", root.GetProperty("info").GetProperty("title").GetString());
        Assert.Contains("API key", root.GetProperty("info").GetProperty("description").GetString(), StringComparison.Ordinal);
        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        var paths = root.GetProperty("paths");
        var keys = paths.GetProperty("/api/me/api-keys");
        Assert.True(keys.TryGetProperty("get", out var list));
        Assert.True(keys.TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/me/api-keys/{id}").TryGetProperty("delete", out _));
        Assert.Equal("ApiKey", list.GetProperty("security")[0].EnumerateObject().Single().Name);
        Assert.False(paths.TryGetProperty("/api/reference/{documentName}", out _));
    }

    [Fact]
    public async Task ReferencePage_Loads_WithItsScriptServedByThisApp()
    {
        var client = app.CreateClient();

        var page = await client.GetAsync("/api/reference", Ct);
        var html = await page.Content.ReadAsStringAsync(Ct);
        var scripts = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("InterCOP Platform API", html, StringComparison.Ordinal);
        Assert.NotEmpty(scripts);
        Assert.DoesNotMatch(ExternalUrl(), html);
        foreach (var script in scripts)
        {
            // Resolved like a browser would, against the final page address (Scalar redirects to a trailing slash).
            var uri = new Uri(page.RequestMessage!.RequestUri!, script);
            Assert.Equal(client.BaseAddress!.Host, uri.Host);
            var asset = await client.GetAsync(uri, Ct);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.Contains("javascript", asset.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("""<script[^>]*\ssrc="([^"]+)""")]
    private static partial Regex ScriptSource();

    [GeneratedRegex("""(src|href)="(https?:)?//""")]
    private static partial Regex ExternalUrl();
}
