using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Platform.Tests.Guards;

/// <summary>
/// One request of the sweep. <see cref="Target"/> is the B record the request names in its route (or, for pages, in a
/// key-named handler parameter such as <c>?id=</c>); such requests must not succeed.
/// </summary>
public sealed record Probe(string Method, string Url, IReadOnlyList<KeyValuePair<string, string>>? Form, string? Json, IsolationRecord? Target)
{
    public override string ToString() =>
        Form is not null && Target is not null ? $"{Method} {Url} (form with {Target.Type.Name} key {Target.Key})" : $"{Method} {Url}";
}

/// <summary>Turns an endpoint into requests that aim at agency B's records.</summary>
public static class IsolationProbes
{
    private static readonly string[] NonKeyConstraints = ["decimal", "double", "float", "bool", "datetime"];
    private static readonly string[] NumericConstraints = ["int", "long", "min", "max", "range"];

    /// <param name="candidates">Every key of one row per type of B; with <paramref name="firstOnly"/> only the first is used.</param>
    public static IEnumerable<Probe> For(PlatformEndpoint endpoint, IReadOnlyList<IsolationRecord> candidates, bool firstOnly)
    {
        var routes = RouteCandidates(endpoint.Pattern, candidates).ToList();
        if (firstOnly)
        {
            routes = [.. routes.Take(1)];
        }

        return endpoint.IsPage ? PageProbes(endpoint, routes, candidates, firstOnly) : ApiProbes(endpoint, routes, candidates);
    }

    private static IEnumerable<Probe> ApiProbes(PlatformEndpoint endpoint, List<(string Url, IsolationRecord? Target)> routes, IReadOnlyList<IsolationRecord> candidates)
    {
        var query = QueryParameters(endpoint).ToList();
        foreach (var method in endpoint.Methods.Select(m => m == "*" ? "GET" : m))
        {
            foreach (var (url, target) in routes)
            {
                var key = (target ?? candidates[0]).Key;
                var queryString = string.Join("&", query
                    .Select(p => (p.Name, Value: ProbeValues.Simple(p.ParameterType, p.Name!, key, p.GetCustomAttributes())))
                    .Where(p => p.Value is not null)
                    .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));
                var json = HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method)
                    ? ProbeValues.Json(endpoint.JsonBodyType, key)
                    : null;
                yield return new Probe(method, queryString.Length == 0 ? url : $"{url}?{queryString}", null, json, target);
            }
        }
    }

    private static IEnumerable<Probe> PageProbes(
        PlatformEndpoint endpoint, List<(string Url, IsolationRecord? Target)> routes, IReadOnlyList<IsolationRecord> candidates, bool firstOnly)
    {
        foreach (var handler in endpoint.Handlers)
        {
            var selectors = handler.Parameters.Where(p => ProbeValues.IsSimple(p.Type) && ProbeValues.IsKeyName(p.Name))
                .Concat(endpoint.BoundProperties.Where(p => ProbeValues.IsSimple(p.Type) && ProbeValues.IsKeyName(p.Name)))
                .ToList();
            // Without a route key, a page that takes ?id= (or another key-named parameter) still selects a record by it.
            IEnumerable<(string Url, IsolationRecord? Target, string Key)> variants =
                endpoint.HasParameters ? routes.Select(r => (r.Url, r.Target, (r.Target ?? candidates[0]).Key))
                : selectors.Count > 0 ? candidates.Take(firstOnly ? 1 : candidates.Count).Select(c => (routes[0].Url, (IsolationRecord?)c, c.Key))
                : [(routes[0].Url, null, candidates[0].Key)];
            foreach (var (url, target, key) in variants)
            {
                var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["id"] = key, ["code"] = key };
                foreach (var (name, type) in handler.Parameters.Concat(endpoint.BoundProperties.Where(p => ProbeValues.IsSimple(p.Type))))
                {
                    if (ProbeValues.IsSimple(type) && ProbeValues.Simple(type, name, key) is { } value)
                    {
                        fields[name] = value;
                    }
                }

                var isGet = HttpMethods.IsGet(handler.Method);
                if (!isGet)
                {
                    foreach (var (name, type) in endpoint.BoundProperties.Where(p => !ProbeValues.IsSimple(p.Type)))
                    {
                        foreach (var field in ProbeValues.Form(type, name, key))
                        {
                            fields.TryAdd(field.Key, field.Value);
                        }
                    }
                }

                var handlerQuery = handler.Name is null ? "" : $"handler={handler.Name}";
                var fieldQuery = string.Join("&", fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
                var queryString = isGet ? string.Join("&", new[] { handlerQuery, fieldQuery }.Where(q => q.Length > 0)) : handlerQuery;
                var fullUrl = queryString.Length == 0 ? url : $"{url}?{queryString}";
                yield return new Probe(handler.Method, fullUrl, isGet ? null : [.. fields], null, target);
            }
        }
    }

    /// <summary>URLs with B's keys in every key-like route parameter: one per record type, plus one matched by name.</summary>
    private static IEnumerable<(string Url, IsolationRecord? Target)> RouteCandidates(RoutePattern pattern, IReadOnlyList<IsolationRecord> candidates)
    {
        var slots = pattern.Parameters.Where(IsKeySlot).ToList();
        if (slots.Count == 0)
        {
            yield return (Fill(pattern, _ => null), null);
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in candidates.Where(r => slots.All(s => Fits(s, r))))
        {
            var url = Fill(pattern, p => record.Key);
            if (seen.Add(url))
            {
                yield return (url, record);
            }
        }

        var byName = slots.ToDictionary(s => s.Name, s => candidates.FirstOrDefault(r => NameMatches(s.Name, r.Type) && Fits(s, r)));
        if (slots.Count > 1 && byName.Values.All(r => r is not null))
        {
            var url = Fill(pattern, p => byName[p.Name]!.Key);
            if (seen.Add(url))
            {
                yield return (url, byName[slots[^1].Name]);
            }
        }

        if (seen.Count == 0)
        {
            // No key of B fits (e.g. {page:int}): call the endpoint once with placeholder values.
            yield return (Fill(pattern, _ => null), null);
        }
    }

    private static string Fill(RoutePattern pattern, Func<RoutePatternParameterPart, string?> keyFor) =>
        "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => Uri.EscapeDataString(IsKeySlot(parameter) ? keyFor(parameter) ?? Filler(parameter) : Filler(parameter)),
            _ => "",
        }))));

    private static bool IsKeySlot(RoutePatternParameterPart parameter) =>
        !parameter.ParameterPolicies.Any(p => NonKeyConstraints.Any(c => p.Content?.StartsWith(c, StringComparison.OrdinalIgnoreCase) == true));

    private static string Filler(RoutePatternParameterPart parameter) =>
        parameter.ParameterPolicies.Any(p => p.Content == "bool") ? "true"
        : parameter.ParameterPolicies.Any(p => p.Content == "datetime") ? "2030-01-01"
        : parameter.ParameterPolicies.Any(p => p.Content == "guid") ? Guid.Empty.ToString()
        : "1";

    /// <summary>
    /// Whether a key can go into this route parameter. Numbers are only taken as a record's key when the parameter
    /// says which key it is ({sequence:long} for AuditEntry.Sequence, {id:int}, {auditEntryId:long}); otherwise
    /// {page:int} would be mistaken for a record.
    /// </summary>
    private static bool Fits(RoutePatternParameterPart slot, IsolationRecord record)
    {
        var constraints = slot.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        if (constraints.Contains("guid"))
        {
            return Guid.TryParse(record.Key, out _);
        }

        if (constraints.Any(c => NumericConstraints.Any(n => c.StartsWith(n, StringComparison.OrdinalIgnoreCase))))
        {
            return long.TryParse(record.Key, out _)
                && (slot.Name.Equals(record.Property, StringComparison.OrdinalIgnoreCase) || slot.Name.Equals("id", StringComparison.OrdinalIgnoreCase)
                    || slot.Name.Equals(record.Type.Name + record.Property, StringComparison.OrdinalIgnoreCase));
        }

        return true;
    }

    private static bool NameMatches(string parameter, Type type)
    {
        var stem = parameter;
        foreach (var suffix in new[] { "Id", "Code", "Key" })
        {
            if (stem.Length > suffix.Length && stem.EndsWith(suffix, StringComparison.Ordinal))
            {
                stem = stem[..^suffix.Length];
            }
        }

        return type.Name.EndsWith(stem, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Simple handler parameters of a minimal API that bind from the query string.</summary>
    private static IEnumerable<ParameterInfo> QueryParameters(PlatformEndpoint endpoint)
    {
        var method = endpoint.Metadata.GetMetadata<MethodInfo>();
        var routeNames = endpoint.Pattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return method is null
            ? []
            : method.GetParameters().Where(p => p.Name is not null && ProbeValues.IsSimple(p.ParameterType) && !routeNames.Contains(p.Name)
                && p.GetCustomAttribute<FromServicesAttribute>() is null && p.GetCustomAttribute<FromHeaderAttribute>() is null
                && p.GetCustomAttribute<FromBodyAttribute>() is null);
    }
}
