using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Platform.Tests.Fuzzing;

/// <summary>
/// FsCheck generators for hostile input: injection strings, control characters, huge and odd unicode text, numbers
/// at and beyond the limits of int/long/decimal, and identifiers that are not what the route expects.
/// </summary>
public static class FuzzValues
{
    /// <summary>Raw text that must never come back unencoded in an HTML answer (checked by the form fuzzer).</summary>
    public const string ScriptMarker = "<script>fuzz1</script>";
    public const string ImageMarker = "<img src=x onerror=fuzz2>";

    public static readonly string[] Injections =
    [
        "'; DROP TABLE \"Cases\"; --", "Robert'); DROP TABLE Students;--", "\" OR 1=1 --", "' OR '1'='1", ScriptMarker, ImageMarker,
        "\"><svg onload=fuzz3>", "{{7*7}}", "${7*7}", "@(7*7)", "<%= 7*7 %>", "../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2f",
        "file:///etc/passwd", "javascript:alert(1)", "=cmd|' /C calc'!A0", "+SUM(1+1)", "@SUM(1+1)", "%00", "\0", "a\0b", "\u202Egnp.exe",
        "\uFEFF", "\u200B", "\uD800", "\uDC00x", "😀🏳️‍🌈", "Ä ä Å ǅ ß ﬃ", "\r\n\r\nX-Injected: 1", "\t\v\f\b\a", "\u0085\u2028\u2029", " ",
        "", "null", "undefined", "NaN", "-1", "0", "9223372036854775808", "1e309", "true", "[]", "{}", "\\", "\"", "'", "%s%s%s%n", "\\u0000",
        "00000000-0000-0000-0000-000000000000", "not-a-guid", "NL", "nl", "XX", "ZZZ", "2026-02-30", "0001-01-01", "9999-12-31T23:59:59Z",
    ];

    public static readonly string[] NumberLiterals =
    [
        "0", "-0", "1", "-1", "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "-9223372036854775809", "79228162514264337593543950335", "79228162514264337593543950336",
        "-79228162514264337593543950335", "1e308", "1e309", "-1e309", "4.9e-324", "0.1", "1.5", "1E2", "123456789012345678901234567890",
        "9007199254740993", "0.0000000000000000000000000001",
    ];

    /// <summary>Ids for route slots: other shapes, sizes and characters than the route expects.</summary>
    public static Gen<string> Id => Gen.OneOf(
        Gen.Elements(Guid.Empty.ToString(), Guid.NewGuid().ToString(), "0", "-1", "2147483648", "9223372036854775808", "1e3", "null", "%00",
            "..%2F..%2Fetc%2Fpasswd", "' OR 1=1 --", "<script>", "🙂", "NL", new string('9', 400), new string('a', 3000)),
        // Kestrel rejects a NUL in the path with 400 before the app runs; the in-process test server throws instead.
        Text.Select(t => (t.Length > 200 ? t[..200] : t).Replace("\0", "", StringComparison.Ordinal)));

    /// <summary>Hostile text of every kind, from empty to 70,000 characters.</summary>
    public static Gen<string> Text => Gen.Frequency(
        (5, Gen.Elements(Injections)),
        (3, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")),
        (2, Gen.Choose(0x0000, 0xFFFF).Select(c => (char)c).ArrayOf().Select(chars => new string(chars))),
        (1, Gen.Choose(200, 70_000).Zip(Gen.Elements("A", "é", "😀", "<", "\0", "' ")).Select(t => string.Concat(Enumerable.Repeat(t.Item2, t.Item1 / t.Item2.Length)))),
        (1, Gen.Elements(Injections).ArrayOf().Select(parts => string.Concat(parts))));

    /// <summary>A JSON number literal, including ones outside every .NET numeric type.</summary>
    public static Gen<string> Number => Gen.Frequency(
        (3, Gen.Elements(NumberLiterals)),
        (2, ArbMap.Default.GeneratorFor<long>().Select(n => n.ToString(CultureInfo.InvariantCulture))),
        (1, ArbMap.Default.GeneratorFor<decimal>().Select(n => n.ToString(CultureInfo.InvariantCulture))));

    /// <summary>A JSON string literal holding <see cref="Text"/>.</summary>
    public static Gen<string> JsonString => Text.Select(Quote);

    /// <summary>Any JSON value, nested up to <paramref name="depth"/> levels.</summary>
    public static Gen<string> JsonValue(int depth = 3)
    {
        var scalars = Gen.Frequency(
            (3, JsonString),
            (2, Number),
            (1, Gen.Elements("null", "true", "false")));
        if (depth <= 0)
        {
            return scalars;
        }

        var inner = Gen.Fresh(() => JsonValue(depth - 1)).SelectMany(g => g);
        return Gen.Frequency(
            (4, scalars),
            (1, inner.ListOf(4).Select(items => "[" + string.Join(",", items) + "]")),
            (1, Text.Zip(inner).Select(kv => (Key: kv.Item1, Value: kv.Item2)).ListOf(4)
                .Select(pairs => "{" + string.Join(",", pairs.Select(p => Quote(p.Key) + ":" + p.Value)) + "}")));
    }

    /// <summary>Text that is not JSON, or JSON nested beyond every parser's depth limit.</summary>
    public static Gen<string> Malformed => Gen.OneOf(
        Gen.Elements("", "{", "[", "{\"a\":", "{\"a\" 1}", "{'a':1}", "{\"a\":1,}", "[1,2", "nul", "\"unterminated", "{\"a\":\"\\ud800\"}",
            "{\"a\":\"\\u00\"}", "\uFEFF{}", "{} {}", "{\"a\":1}garbage", "{\"$type\":\"System.IO.FileInfo\",\"fileName\":\"/etc/passwd\"}"),
        Gen.Choose(65, 5000).Select(n => new string('[', n) + new string(']', n)),
        Gen.Choose(65, 2000).Select(n => string.Concat(Enumerable.Repeat("{\"a\":", n)) + "1" + new string('}', n)),
        Text);

    private static readonly System.Text.Json.JsonSerializerOptions Relaxed =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text, Relaxed);

    /// <summary>
    /// Deterministic samples: the same seed and label give the same cases, so a failure replays with
    /// <see cref="FuzzSettings.SeedVariable"/>.
    /// </summary>
    public static IReadOnlyList<T> Sample<T>(Gen<T> generator, string label, int count) =>
        generator.Sample(30, new Rnd(FuzzSettings.SeedFor(label)), count);
}
