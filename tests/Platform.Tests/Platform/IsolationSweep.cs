using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Tests.Guards;

public sealed record IsolationFinding(string Endpoint, string Session, string Request, string Problem)
{
    public override string ToString() => $"{Endpoint} as {Session}: {Request} → {Problem}";
}

/// <summary>
/// Calls every endpoint as every session of agency A with agency B's keys and judges each answer:
/// <list type="bullet">
/// <item>never a 5xx (an exception on another agency's key can reveal that it exists);</item>
/// <item>never one of B's markers in the body or Location header;</item>
/// <item>for a request naming a B record on an endpoint that needs sign-in: never 2xx; and when the session passes the
/// endpoint's policy, never 403 (it would confirm the record exists) and no redirect other than to sign-in or a
/// mandatory step (<see cref="Gates"/>): the answer is 404;</item>
/// <item>B's rows are unchanged afterwards (snapshot after each endpoint that was called with a state-changing method).</item>
/// </list>
/// Anonymous endpoints get the marker, 5xx and database checks only: without a session there is no "other country".
/// </summary>
public static class IsolationSweep
{
    /// <summary>Pages a request may be sent to instead of its answer: sign-in and the mandatory steps after it.</summary>
    private static readonly string[] Gates = ["/Accounts/SignIn", "/Accounts/AccessDenied", "/Accounts/TwoFactor/Enable", "/Accounts/AcceptTerms"];

    /// <param name="byDesign">Endpoint key → sessions (roles) allowed to see agency B's data on it, with the reason.</param>
    public static async Task<IsolationReport> RunAsync(
        IsolationWorld world, Func<PlatformEndpoint, bool>? include = null, IReadOnlyDictionary<string, (string[] Sessions, string Reason)>? byDesign = null)
    {
        var endpoints = (await EndpointCatalog.DiscoverAsync(world.App.Services)).Where(include ?? (_ => true)).ToList();
        // Every key of the first row of each type: one row per type keeps the sweep fast, all its keys keep it thorough.
        var candidates = world.RecordsB.GroupBy(r => r.Type).SelectMany(g => g.Where(r => r.Row == g.First().Row)).ToList();
        var report = new IsolationReport(
            endpoints, [.. world.Sessions.Select(s => s.Label)], world.RecordsB.Count, world.RecordsB.Select(r => r.Type).Distinct().Count(), world.MarkersB.Count);
        var baseline = await RowSnapshot.TakeAsync(world.App, IsolationWorld.AgencyB, world.KeysB);
        var reportedRows = new HashSet<string>(StringComparer.Ordinal);
        using var client = world.App.CreateDefaultClient();
        foreach (var endpoint in endpoints)
        {
            var changesState = false;
            foreach (var session in world.Sessions)
            {
                var admitted = await AdmitsAsync(world.App.Services, endpoint, session);
                foreach (var probe in IsolationProbes.For(endpoint, candidates, firstOnly: !admitted))
                {
                    changesState |= !HttpMethods.IsGet(probe.Method) && !HttpMethods.IsHead(probe.Method);
                    using var request = Request(probe, session);
                    using var response = await SendAsync(client, request);
                    var body = await response.Content.ReadAsStringAsync();
                    report.Record(endpoint, session.Label, admitted, probe, (int)response.StatusCode);
                    if (Judge(endpoint, admitted, probe, response, body, world.MarkersB) is { } problem)
                    {
                        var finding = new IsolationFinding(endpoint.Key, session.Label, probe.ToString(), problem);
                        (IsByDesign(byDesign, finding) ? report.ByDesign : report.Findings).Add(finding);
                    }
                }
            }

            if (changesState)
            {
                await CompareAsync(world, baseline, endpoint.Key, reportedRows, report);
            }
        }

        await CompareAsync(world, baseline, "(any GET)", reportedRows, report);
        return report;
    }

    private static string? Judge(PlatformEndpoint endpoint, bool admitted, Probe probe, HttpResponseMessage response, string body, IReadOnlySet<string> markers)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"server error {status}";
        }

        var location = response.Headers.Location?.OriginalString ?? "";
        if (markers.FirstOrDefault(m => body.Contains(m, StringComparison.OrdinalIgnoreCase) || location.Contains(m, StringComparison.OrdinalIgnoreCase)) is { } marker)
        {
            return $"{status}: the response contains data of agency B (\"{marker}\")";
        }

        if (probe.Target is not { } target || endpoint.AllowsAnonymous)
        {
            return null;
        }

        if (status is >= 200 and < 300)
        {
            return $"answers {status} for B's {target.Type.Name} {target.Key}; expected 404";
        }

        if (admitted && response.StatusCode == HttpStatusCode.Forbidden)
        {
            return $"answers 403 for B's {target.Type.Name}, which confirms that the record exists; answer 404";
        }

        return admitted && status is >= 300 and < 400 && !IsGate(location)
            ? $"redirects ({status} to {location}) for B's {target.Type.Name}; expected 404"
            : null;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        try
        {
            return await client.SendAsync(request);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An exception that escapes the app's error handling is a server error like any other.
            return new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StringContent(e.GetType().Name) };
        }
    }

    private static bool IsByDesign(IReadOnlyDictionary<string, (string[] Sessions, string Reason)>? byDesign, IsolationFinding finding) =>
        byDesign is not null && byDesign.TryGetValue(finding.Endpoint, out var rule) && rule.Sessions.Contains(finding.Session)
        && !finding.Problem.StartsWith("server error", StringComparison.Ordinal);

    private static bool IsGate(string location)
    {
        var path = Uri.TryCreate(location, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : location.Split('?')[0];
        return Gates.Any(g => path.Equals(g, StringComparison.OrdinalIgnoreCase) || path.StartsWith(g + "/", StringComparison.OrdinalIgnoreCase));
    }

    private static HttpRequestMessage Request(Probe probe, IsolationSession session)
    {
        var request = new HttpRequestMessage(new HttpMethod(probe.Method), probe.Url);
        if (session.Cookies.Length > 0)
        {
            request.Headers.Add("Cookie", session.Cookies);
        }

        if (!HttpMethods.IsGet(probe.Method) && !HttpMethods.IsHead(probe.Method))
        {
            request.Headers.Add("X-CSRF-TOKEN", session.CsrfToken);
        }

        if (probe.Form is not null)
        {
            request.Content = new FormUrlEncodedContent(probe.Form.Append(new("__RequestVerificationToken", session.CsrfToken)));
        }
        else if (probe.Json is not null)
        {
            request.Content = new StringContent(probe.Json, Encoding.UTF8, "application/json");
        }

        return request;
    }

    /// <summary>Whether the endpoint's policy (or the fallback policy) admits the session, evaluated by the app itself.</summary>
    internal static async Task<bool> AdmitsAsync(IServiceProvider services, PlatformEndpoint endpoint, IsolationSession session)
    {
        if (endpoint.AllowsAnonymous)
        {
            return true;
        }

        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider.GetRequiredService<IAuthorizationPolicyProvider>();
        var policy = await AuthorizationPolicy.CombineAsync(provider, endpoint.AuthorizeData, endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>())
            ?? await provider.GetFallbackPolicyAsync();
        return policy is null
            || (await scope.ServiceProvider.GetRequiredService<IAuthorizationService>().AuthorizeAsync(session.Principal, policy)).Succeeded;
    }

    private static async Task CompareAsync(
        IsolationWorld world, IReadOnlyDictionary<string, string> baseline, string after, HashSet<string> reported, IsolationReport report)
    {
        var now = await RowSnapshot.TakeAsync(world.App, IsolationWorld.AgencyB, world.KeysB);
        foreach (var difference in RowSnapshot.Compare(baseline, now).Where(reported.Add))
        {
            report.Findings.Add(new IsolationFinding(after, "(sweep)", "database snapshot of agency B", difference));
        }
    }
}
