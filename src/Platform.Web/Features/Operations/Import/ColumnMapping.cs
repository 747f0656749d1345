namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// Which source column feeds which canonical field. Detected from aliases, then confirmed or edited by a person and
/// stored with the import as "source=canonical" pairs.
/// </summary>
public sealed class ColumnMapping
{
    private readonly Dictionary<string, string> _sourceByField;

    private ColumnMapping(Dictionary<string, string> sourceByField) => _sourceByField = sourceByField;

    /// <summary>Canonical field → source column.</summary>
    public IReadOnlyDictionary<string, string> SourceByField => _sourceByField;

    /// <summary>First matching alias wins (aliases are in priority order); one source column feeds at most one field.</summary>
    public static ColumnMapping Detect(ImportKind kind, IReadOnlyList<string> columns)
    {
        var byNormalised = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            byNormalised.TryAdd(CanonicalFields.Normalise(column), column);
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in CanonicalFields.For(kind))
        {
            var exact = CanonicalFields.Normalise(field.Name);
            foreach (var alias in field.Aliases.Prepend(exact))
            {
                if (byNormalised.TryGetValue(alias, out var source) && used.Add(source))
                {
                    result[field.Name] = source;
                    break;
                }
            }
        }

        return new ColumnMapping(result);
    }

    /// <summary>Parses stored or typed pairs "source=canonical"; unknown fields or columns are reported.</summary>
    public static (ColumnMapping? Mapping, string? Error) Parse(ImportKind kind, IReadOnlyList<string> columns, IEnumerable<string> pairs)
    {
        var fields = CanonicalFields.For(kind).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            var at = pair.LastIndexOf('=');
            var source = at < 0 ? "" : pair[..at].Trim();
            var field = at < 0 ? "" : pair[(at + 1)..].Trim();
            if (source.Length == 0 || !fields.Contains(field))
            {
                return (null, $"'{pair}' is not a mapping 'column=field' with a field of {kind}: {string.Join(", ", fields)}.");
            }

            if (!columns.Contains(source, StringComparer.Ordinal))
            {
                return (null, $"The file has no column '{source}'.");
            }

            result[field] = source;
        }

        return (new ColumnMapping(result), null);
    }

    /// <summary>Applies explicit pairs over the detected mapping (CLI --map).</summary>
    public ColumnMapping With(ColumnMapping overrides)
    {
        var merged = new Dictionary<string, string>(_sourceByField, StringComparer.Ordinal);
        foreach (var (field, source) in overrides.SourceByField)
        {
            foreach (var taken in merged.Where(kv => kv.Value == source).Select(kv => kv.Key).ToList())
            {
                merged.Remove(taken);
            }

            merged[field] = source;
        }

        return new ColumnMapping(merged);
    }

    public IReadOnlyList<string> MissingRequired(ImportKind kind) =>
        CanonicalFields.For(kind).Where(f => f.Required && !_sourceByField.ContainsKey(f.Name)).Select(f => f.Name).ToList();

    public List<string> ToPairs() => _sourceByField.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Value}={kv.Key}").ToList();
}
