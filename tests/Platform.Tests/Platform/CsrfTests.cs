using System.Net;
using Microsoft.AspNetCore.Routing.Patterns;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Guards;

/// <summary>
/// Every POST handler of every Razor page, sent by a signed-in member without the antiforgery token (what a
/// forged cross-site form would send): 400, and the database is unchanged. Each handler is tried as the roles
/// in turn until one passes its authorization policy, so the antiforgery check itself is what answers.
/// </summary>
public sealed class CsrfTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] RolesInTurn = [Roles.NetworkAdmin, Roles.CountryAdmin, Roles.CaseWorker, Roles.PreventionOfficer, Roles.Viewer];

    /// <summary>Exempt on purpose: the error page renders re-executed POSTs ([IgnoreAntiforgeryToken]) and writes nothing.</summary>
    private static readonly string[] Exempt = ["/Error"];

    [Fact]
    public async Task EveryPagePostHandler_WithoutAntiforgeryToken_Is400AndChangesNothing()
    {
        var endpoints = await EndpointCatalog.DiscoverAsync(app.Services);
        var posts = endpoints.Where(e => e.IsPage)
            .Where(e => !Exempt.Contains(e.Route, StringComparer.Ordinal))
            .SelectMany(e => e.Handlers.Where(h => h.Method == "POST").Select(h => (Endpoint: e, Handler: h)))
            .ToList();
        Assert.NotEmpty(posts);
        var clients = new List<HttpClient>();
        foreach (var role in RolesInTurn)
        {
            clients.Add(await app.SignInAsync(await app.CreateMemberAsync("NL", role, twoFactor: role != Roles.Viewer)));
        }

        var partner = new PartnerOrganisation { Name = "CSRF probe partner", Kind = PartnerKind.Ngo, AgencyCode = "NL" };
        await app.WithSystemDbAsync(async db =>
        {
            db.PartnerOrganisations.Add(partner);
            await db.SaveChangesAsync();
        });
        clients.Add(await app.SignInAsync(await app.CreateMemberAsync(null, Roles.PartnerContributor, partnerOrganisationId: partner.Id)));

        var before = await RowSnapshot.TakeAllAsync(app);
        var problems = new List<string>();
        foreach (var (endpoint, handler) in posts)
        {
            var url = Url(endpoint.Pattern) + (handler.Name is null ? "" : $"?handler={handler.Name}");
            HttpStatusCode? answered = null;
            foreach (var client in clients)
            {
                var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Name"] = "csrf" }),
                    TestContext.Current.CancellationToken);
                if (IsAuthorizationRefusal(response))
                {
                    continue;
                }

                answered = response.StatusCode;
                break;
            }

            if (answered is { } status && status != HttpStatusCode.BadRequest)
            {
                problems.Add($"POST {url} answered {(int)status} without an antiforgery token");
            }
            else if (answered is null)
            {
                problems.Add($"POST {url}: no test role passed its authorization, so CSRF was not checked");
            }
        }

        var after = await RowSnapshot.TakeAllAsync(app);
        problems.AddRange(RowSnapshot.Compare(before, after));
        Assert.True(problems.Count == 0, $"{posts.Count} POST handlers checked:\n  " + string.Join("\n  ", problems));
    }

    private static bool IsAuthorizationRefusal(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location?.OriginalString is { } location
            && (location.Contains("/Accounts/AccessDenied", StringComparison.Ordinal) || location.Contains("/Accounts/TwoFactor/Enable", StringComparison.Ordinal)));

    /// <summary>Route values that satisfy the constraints; the records need not exist, the token check comes first.</summary>
    private static string Url(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => Value(pattern, parameter),
            _ => "",
        }))));

    private static string Value(RoutePattern pattern, RoutePatternParameterPart parameter)
    {
        var constraints = pattern.ParameterPolicies.TryGetValue(parameter.Name, out var policies)
            ? policies.Select(p => p.Content ?? "").ToList()
            : [];
        return constraints.Contains("guid") ? Guid.NewGuid().ToString()
            : constraints.Any(c => c is "int" or "long") ? "1"
            : constraints.Any(c => c.StartsWith("length(2", StringComparison.Ordinal)) ? "NL"
            : "csrf-probe";
    }
}
