using System.Net;
using System.Text.RegularExpressions;

namespace Platform.Tests.Fuzzing;

/// <summary>A form field as rendered: its name, kind (input type, "select", "textarea"), value and offered options.</summary>
public sealed record FormField(string Name, string Kind, string Value, IReadOnlyList<string> Options);

/// <summary>A POST form of a page: where it posts to and its fields.</summary>
public sealed record HtmlForm(string Action, IReadOnlyList<FormField> Fields)
{
    public string Signature => Action.Split('?')[0] + "?" + string.Join(",", Fields.Select(f => f.Name).Order(StringComparer.Ordinal));
}

/// <summary>
/// A small reader for the platform's own server-rendered forms (no HTML parser package in the solution): it relies on
/// the attribute quoting Razor emits, which is enough to find every named field.
/// </summary>
public static partial class HtmlForms
{
    public static IReadOnlyList<HtmlForm> Parse(string html, string pageUrl)
    {
        var forms = new List<HtmlForm>();
        foreach (Match form in FormElement().Matches(html))
        {
            var attributes = Attributes(form.Groups["open"].Value);
            if (!attributes.TryGetValue("method", out var method) || !method.Equals("post", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var body = form.Groups["body"].Value;
            var fields = new List<FormField>();
            foreach (Match input in InputElement().Matches(body))
            {
                var a = Attributes(input.Value);
                if (a.TryGetValue("name", out var name))
                {
                    fields.Add(new FormField(name, a.GetValueOrDefault("type", "text").ToLowerInvariant(), a.GetValueOrDefault("value", ""), []));
                }
            }

            foreach (Match textarea in TextareaElement().Matches(body))
            {
                if (Attributes(textarea.Groups["open"].Value).TryGetValue("name", out var name))
                {
                    fields.Add(new FormField(name, "textarea", WebUtility.HtmlDecode(textarea.Groups["body"].Value), []));
                }
            }

            foreach (Match select in SelectElement().Matches(body))
            {
                if (Attributes(select.Groups["open"].Value).TryGetValue("name", out var name))
                {
                    var options = OptionValue().Matches(select.Groups["body"].Value).Select(o => WebUtility.HtmlDecode(o.Groups[1].Value)).ToList();
                    fields.Add(new FormField(name, "select", options.FirstOrDefault() ?? "", options));
                }
            }

            var action = attributes.GetValueOrDefault("action") is { Length: > 0 } a2 ? a2 : pageUrl;
            forms.Add(new HtmlForm(action, fields));
            foreach (Match button in ButtonWithFormAction().Matches(body))
            {
                forms.Add(new HtmlForm(WebUtility.HtmlDecode(button.Groups[1].Value), fields));
            }
        }

        return forms;
    }

    private static Dictionary<string, string> Attributes(string tag) =>
        Attribute().Matches(tag).GroupBy(m => m.Groups[1].Value.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups[2].Value), StringComparer.Ordinal);

    [GeneratedRegex("""<form\b(?<open>[^>]*)>(?<body>.*?)</form>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormElement();

    [GeneratedRegex("""<input\b[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex InputElement();

    [GeneratedRegex("""<textarea\b(?<open>[^>]*)>(?<body>.*?)</textarea>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TextareaElement();

    [GeneratedRegex("""<select\b(?<open>[^>]*)>(?<body>.*?)</select>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex SelectElement();

    [GeneratedRegex("""<option\b[^>]*\bvalue="([^"]*)"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex OptionValue();

    [GeneratedRegex("""<button\b[^>]*\bformaction="([^"]*)"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex ButtonWithFormAction();

    [GeneratedRegex("([\\w:-]+)=\"([^\"]*)\"")]
    private static partial Regex Attribute();
}
