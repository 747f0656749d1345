using System.Globalization;

namespace Platform.Web.Features.Operations.Import;

/// <summary>"--name value" pairs of a CLI command; a name may repeat (<see cref="All"/>), <see cref="Get"/> gives the last.</summary>
internal sealed class CliOptions
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    public static CliOptions Parse(IReadOnlyList<string> arguments)
    {
        var options = new CliOptions();
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < arguments.Count)
            {
                var name = arguments[i][2..];
                if (!options._values.TryGetValue(name, out var values))
                {
                    options._values[name] = values = [];
                }

                values.Add(arguments[++i]);
            }
        }

        return options;
    }

    public string? Get(string name) => _values.TryGetValue(name, out var values) ? values[^1] : null;

    public IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var values) ? values : [];

    public int Int(string name, int fallback) => int.TryParse(Get(name), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : fallback;
}
