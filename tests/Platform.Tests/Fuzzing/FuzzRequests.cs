using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing.Patterns;
using Platform.Tests.Guards;

namespace Platform.Tests.Fuzzing;

/// <summary>Sending fuzzed requests as a frozen session, and URLs with fuzzed route values.</summary>
public static class FuzzRequests
{
    public static HttpRequestMessage Build(string method, string url, IsolationSession session, HttpContent? content)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = content };
        if (session.Cookies.Length > 0)
        {
            request.Headers.Add("Cookie", session.Cookies);
        }

        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            request.Headers.Add("X-CSRF-TOKEN", session.CsrfToken);
        }

        return request;
    }

    /// <summary>The answer, or a synthetic 500 when an exception escaped the app's error handling.</summary>
    public static async Task<(int Status, string Body, string? Location, bool IsHtml)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        try
        {
            using var response = await client.SendAsync(request);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.OriginalString,
                response.Content.Headers.ContentType?.MediaType == "text/html");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ((int)HttpStatusCode.InternalServerError, $"unhandled {e.GetType().Name}: {e.Message}", null, false);
        }
    }

    /// <summary>The route with every parameter replaced by <paramref name="value"/> (escaped).</summary>
    public static string Fill(RoutePattern pattern, Func<RoutePatternParameterPart, string> value) =>
        "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => Uri.EscapeDataString(value(parameter)),
            _ => "",
        }))));
}
