using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Platform.Tests.Guards;

/// <summary>
/// Plausible values for route, query, form and JSON inputs, so that probes pass model validation and reach the
/// record lookup. Inputs whose name marks them as a key (id, code, key, …Id, …Code, …Key) get the B record's key.
/// </summary>
public static class ProbeValues
{
    public const string Text = "isolation probe";
    public const string Email = "isolation.probe@example.test";
    private const int MaxDepth = 3;

    public static bool IsKeyName(string name) =>
        name.Equals("id", StringComparison.OrdinalIgnoreCase) || name.Equals("code", StringComparison.OrdinalIgnoreCase)
        || name.Equals("key", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("Id", StringComparison.Ordinal) || name.EndsWith("Code", StringComparison.Ordinal) || name.EndsWith("Key", StringComparison.Ordinal);

    public static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(Guid) || t == typeof(decimal) || t == typeof(DateTime)
            || t == typeof(DateTimeOffset) || t == typeof(DateOnly) || t == typeof(TimeOnly) || t == typeof(TimeSpan) || t == typeof(Uri);
    }

    /// <summary>A value as text (route, query, form); null when the key does not fit the type.</summary>
    public static string? Simple(Type type, string name, string key, IEnumerable<Attribute>? attributes = null)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        var attrs = attributes?.ToList() ?? [];
        if (t == typeof(Guid))
        {
            return Guid.TryParse(key, out _) ? key : IsKeyName(name) ? null : Guid.Empty.ToString();
        }

        if (t == typeof(string))
        {
            return IsKeyName(name) ? key : TextFor(name, attrs);
        }

        if (t.IsEnum)
        {
            return Enum.GetNames(t).FirstOrDefault() ?? "0";
        }

        if (t == typeof(bool))
        {
            return "false";
        }

        if (t == typeof(DateTimeOffset) || t == typeof(DateTime))
        {
            return DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        }

        if (t == typeof(DateOnly))
        {
            return DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (t == typeof(TimeOnly) || t == typeof(TimeSpan))
        {
            return "12:00:00";
        }

        if (t == typeof(Uri))
        {
            return "https://example.test/";
        }

        var range = attrs.OfType<RangeAttribute>().FirstOrDefault();
        return Convert.ToString(range?.Minimum ?? 1, CultureInfo.InvariantCulture);
    }

    /// <summary>A JSON body for <paramref name="type"/> with every property filled.</summary>
    public static string Json(Type? type, string key) =>
        type is null ? "{}" : JsonSerializer.Serialize(JsonValue(type, "", key, [], 0));

    /// <summary>Form fields for a bound property (Input.Name=…, Input.Scopes=…).</summary>
    public static IEnumerable<KeyValuePair<string, string>> Form(Type type, string name, string key, IEnumerable<Attribute>? attributes = null, int depth = 0)
    {
        if (IsSimple(type))
        {
            return Simple(type, name.Split('.')[^1], key, attributes) is { } value ? [new(name, value)] : [];
        }

        if (ElementType(type) is { } element)
        {
            return Form(element, IsSimple(element) ? name : $"{name}[0]", key, attributes, depth + 1);
        }

        return depth >= MaxDepth ? [] : Properties(type).SelectMany(p => Form(p.PropertyType, $"{name}.{p.Name}", key, p.GetCustomAttributes(), depth + 1));
    }

    private static object? JsonValue(Type type, string name, string key, IEnumerable<Attribute> attributes, int depth)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (IsSimple(t))
        {
            var text = Simple(t, name, key, attributes);
            return t.IsEnum ? Convert.ToInt64(Enum.GetValues(t).Cast<object>().FirstOrDefault() ?? 0, CultureInfo.InvariantCulture)
                : t == typeof(bool) ? false
                : t.IsPrimitive || t == typeof(decimal) ? decimal.Parse(text!, CultureInfo.InvariantCulture)
                : text;
        }

        if (typeof(IDictionary).IsAssignableFrom(t))
        {
            return new Dictionary<string, object?>();
        }

        if (ElementType(t) is { } element)
        {
            return new[] { JsonValue(element, name, key, attributes, depth + 1) };
        }

        return depth >= MaxDepth
            ? null
            : Properties(t).ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), p => JsonValue(p.PropertyType, p.Name, key, p.GetCustomAttributes(), depth + 1));
    }

    private static string TextFor(string name, List<Attribute> attributes)
    {
        if (attributes.OfType<EmailAddressAttribute>().Any() || name.Contains("mail", StringComparison.OrdinalIgnoreCase))
        {
            return Email;
        }

        if (attributes.OfType<UrlAttribute>().Any() || name.EndsWith("Url", StringComparison.OrdinalIgnoreCase))
        {
            return "https://example.test/";
        }

        var minimum = attributes.OfType<StringLengthAttribute>().FirstOrDefault()?.MinimumLength
            ?? attributes.OfType<MinLengthAttribute>().FirstOrDefault()?.Length ?? 0;
        return Text.PadRight(minimum, 'x');
    }

    private static Type? ElementType(Type type) =>
        type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0);
}
