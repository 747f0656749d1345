using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Platform.Tests.Guards;

namespace Platform.Tests.Fuzzing;

/// <summary>
/// JSON bodies for a request type: mostly the right shape with some fields fuzzed (hostile text, limit numbers,
/// wrong types, missing, extra or deeply nested fields), sometimes any JSON value or no JSON at all.
/// </summary>
public static class FuzzBodies
{
    private const int MaxDepth = 3;

    /// <param name="key">A key of a record the caller may use, for fields named like keys (caseId, code…).</param>
    public static Gen<string> For(Type? type, string key) => Gen.Frequency(
        (1, FuzzValues.Malformed),
        (1, FuzzValues.JsonValue()),
        (6, type is null ? FuzzValues.JsonValue() : Shaped(type, "", key, [], 0)));

    private static Gen<string> Shaped(Type type, string name, string key, IEnumerable<Attribute> attributes, int depth)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        var valid = Valid(t, name, key, attributes, depth);
        return Gen.Frequency(
            (6, valid),
            (3, SameKind(t)),
            (1, FuzzValues.JsonValue(1)),
            (1, Gen.Constant("null")));
    }

    private static Gen<string> Valid(Type t, string name, string key, IEnumerable<Attribute> attributes, int depth)
    {
        if (ProbeValues.IsSimple(t))
        {
            var text = ProbeValues.Simple(t, name, key, attributes) ?? key;
            return Gen.Constant(t.IsEnum ? FuzzValues.Quote(text)
                : t == typeof(bool) ? "false"
                : t.IsPrimitive || t == typeof(decimal) ? text
                : FuzzValues.Quote(text));
        }

        if (typeof(IDictionary).IsAssignableFrom(t))
        {
            return FuzzValues.Text.Zip(FuzzValues.JsonString).ListOf(3)
                .Select(pairs => "{" + string.Join(",", pairs.DistinctBy(p => p.Item1).Select(p => FuzzValues.Quote(p.Item1) + ":" + p.Item2)) + "}");
        }

        if (ElementType(t) is { } element)
        {
            return depth >= MaxDepth
                ? Gen.Constant("[]")
                : Gen.Fresh(() => Shaped(element, name, key, attributes, depth + 1)).SelectMany(g => g).ListOf(5)
                    .Select(items => "[" + string.Join(",", items) + "]");
        }

        if (depth >= MaxDepth)
        {
            return Gen.Constant("{}");
        }

        var fields = Properties(t)
            .Select(p => Gen.Frequency(
                    (9, Shaped(p.PropertyType, p.Name, key, p.GetCustomAttributes(), depth + 1).Select(v => (string?)(FuzzValues.Quote(JsonName(p)) + ":" + v))),
                    (1, Gen.Constant((string?)null))))
            .ToList();
        var extra = Gen.Frequency(
            (6, Gen.Constant(Array.Empty<string>())),
            (2, FuzzValues.Text.Zip(FuzzValues.JsonValue(1)).Select(kv => FuzzValues.Quote(kv.Item1) + ":" + kv.Item2).ListOf(3).Select(l => l.ToArray())),
            (1, Gen.Choose(50, 3000).Select(n => new[] { "\"nested\":" + new string('[', n) + new string(']', n) })));
        return Gen.CollectToList(fields).Zip(extra)
            .Select(t => "{" + string.Join(",", t.Item1.OfType<string>().Concat(t.Item2)) + "}");
    }

    /// <summary>A value of the same JSON kind as the field, but hostile.</summary>
    private static Gen<string> SameKind(Type t) =>
        t == typeof(string) || t == typeof(Guid) || t == typeof(DateTimeOffset) || t == typeof(DateTime) || t == typeof(DateOnly)
            || t == typeof(TimeOnly) || t == typeof(TimeSpan) || t == typeof(Uri)
            ? FuzzValues.JsonString
        : t.IsEnum ? Gen.OneOf(FuzzValues.JsonString, FuzzValues.Number)
        : t.IsPrimitive || t == typeof(decimal) ? FuzzValues.Number
        : FuzzValues.JsonValue(2);

    private static string JsonName(PropertyInfo property) => JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    private static Type? ElementType(Type type) =>
        type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0);

    internal static string Describe(string body) =>
        body.Length <= 600 ? body : string.Create(CultureInfo.InvariantCulture, $"{body[..600]}… ({body.Length} characters)");
}
