using System.Text;
using FsCheck.Fluent;
using Microsoft.AspNetCore.Http;
using Platform.Tests.Guards;

namespace Platform.Tests.Fuzzing;

/// <summary>
/// Every minimal-API endpoint that takes a JSON body, called by a member whose role passes its policy, with generated
/// bodies and route values (<see cref="FuzzBodies"/>, <see cref="FuzzValues"/>): never a 5xx, never an error in the
/// log, and a rejected request (4xx) changes no table. Cases per endpoint: <see cref="DefaultCases"/>, or
/// INTERCOP_FUZZ_CASES in the long mode.
/// </summary>
public sealed class ApiBodyFuzzTests(FuzzFixture fixture) : IClassFixture<FuzzFixture>
{
    public const int DefaultCases = 25;

    [Fact]
    public async Task EveryJsonEndpoint_FuzzedBodiesAndIds_NoServerErrorNoPartialWrite()
    {
        var app = fixture.App;
        var endpoints = (await EndpointCatalog.DiscoverAsync(app.Services))
            .Where(e => !e.IsPage && e.JsonBodyType is not null && e.Methods.Any(IsWrite))
            .ToList();
        var candidates = fixture.World.RecordsB.GroupBy(r => r.Type).SelectMany(g => g.Where(r => r.Row == g.First().Row)).ToList();
        var findings = new List<string>();
        var cases = FuzzSettings.Cases(DefaultCases);
        var sent = 0;
        using var client = app.CreateDefaultClient();
        foreach (var endpoint in endpoints)
        {
            var sessions = await fixture.AdmittedAsync(endpoint);
            if (sessions.Count == 0)
            {
                continue;
            }

            var validUrls = IsolationProbes.For(endpoint, candidates, firstOnly: false).Select(p => (p.Url, Key: (p.Target ?? candidates[0]).Key)).Distinct().ToList();
            var fuzzedUrls = FuzzValues.Id.Select(id => (Url: FuzzRequests.Fill(endpoint.Pattern, _ => id), Key: id));
            var urls = endpoint.HasParameters ? Gen.Frequency((4, Gen.Elements(validUrls.ToArray())), (1, fuzzedUrls)) : Gen.Elements(validUrls.ToArray());
            var generator =
                from target in urls
                from body in FuzzBodies.For(endpoint.JsonBodyType, target.Key)
                from session in Gen.Elements(sessions.ToArray())
                from method in Gen.Elements(endpoint.Methods.Where(IsWrite).ToArray())
                select (Url: target.Url, Body: body, Session: session, Method: method);
            var samples = FuzzValues.Sample(generator, endpoint.Key, cases);
            var before = await TableCounts.TakeAsync(app);
            for (var i = 0; i < samples.Count; i++)
            {
                var (url, body, session, method) = samples[i];
                using var request = FuzzRequests.Build(method, url, session, new StringContent(body, Encoding.UTF8, "application/json"));
                var (status, answer, _, _) = await FuzzRequests.SendAsync(client, request);
                sent++;
                var problems = app.TakeErrors().Select(e => "logged " + e).ToList();
                if (status >= 500)
                {
                    problems.Add($"answered {status}: {FuzzBodies.Describe(answer)}");
                }

                var after = await TableCounts.TakeAsync(app);
                if (status is >= 400 and < 500)
                {
                    problems.AddRange(TableCounts.Compare(before, after).Select(d => $"answered {status} but wrote: {d}"));
                }

                before = after;
                if (problems.Count > 0)
                {
                    findings.Add($"{endpoint.Key} case {i} ({FuzzSettings.Replay}) as {session.Label}: {method} {url}\n  body: {FuzzBodies.Describe(body)}\n  "
                        + string.Join("\n  ", problems));
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{endpoints.Count} JSON endpoints, {sent} requests, seed {FuzzSettings.Seed}.");
        Assert.True(findings.Count == 0, $"{findings.Count} finding(s):\n" + string.Join("\n", findings.Take(30)));
        Assert.True(endpoints.Count >= 5, $"Only {endpoints.Count} JSON endpoints were discovered.");
    }

    private static bool IsWrite(string method) => HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method);
}
