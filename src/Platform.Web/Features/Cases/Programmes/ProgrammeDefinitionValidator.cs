using System.Text.Json;
using Platform.Web.Infrastructure.Protection;

namespace Platform.Web.Features.Cases.Programmes;

/// <summary>Parses a package's JSON and lists every problem in words a programme owner can act on.</summary>
public static class ProgrammeDefinitionValidator
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static (ProgrammeDefinition? Definition, IReadOnlyList<string> Errors) Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return (null, ["The definition is empty."]);
        }

        ProgrammeDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize<ProgrammeDefinition>(json, Json);
        }
        catch (JsonException e)
        {
            return (null, [$"The definition is not valid JSON: {e.Message}"]);
        }

        if (definition is null)
        {
            return (null, ["The definition is empty."]);
        }

        var errors = Validate(definition);
        return (errors.Count == 0 ? definition : null, errors);
    }

    public static List<string> Validate(ProgrammeDefinition d)
    {
        var errors = new List<string>();
        if (d.MinAge < 0 || d.MaxAge < d.MinAge)
        {
            errors.Add("minAge and maxAge must form a range (0 ≤ minAge ≤ maxAge).");
        }

        if (d.MaxAgeByException is { } exception && exception < d.MaxAge)
        {
            errors.Add("maxAgeByException must be at least maxAge.");
        }

        if (d.FirstContactWorkingDays is < 1 or > 60)
        {
            errors.Add("firstContactWorkingDays must be between 1 and 60.");
        }

        if (d.FollowUpMonths.Count == 0 || d.FollowUpMonths.Any(m => m is < 1 or > 120) || d.FollowUpMonths.Distinct().Count() != d.FollowUpMonths.Count)
        {
            errors.Add("followUpMonths must list distinct months between 1 and 120, e.g. [6, 12, 24].");
        }

        if (d.Consent.GuardianRequiredBelowAge is < 0 or > 25)
        {
            errors.Add("consent.guardianRequiredBelowAge must be between 0 and 25.");
        }

        if (!d.Consent.Scopes.Contains("participation"))
        {
            errors.Add("consent.scopes must include \"participation\".");
        }

        if (d.EligibilityCriteria.Count == 0)
        {
            errors.Add("List at least one eligibility criterion.");
        }

        CheckKeys(errors, "eligibilityCriteria", d.EligibilityCriteria.Select(c => c.Key));
        for (var i = 0; i < d.EligibilityCriteria.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(d.EligibilityCriteria[i].Statement))
            {
                errors.Add($"eligibilityCriteria[{i}].statement is required: a factual statement such as \"First cyber offence\".");
            }
        }

        if (d.Modules.Count == 0)
        {
            errors.Add("List at least one module.");
        }

        CheckKeys(errors, "modules", d.Modules.Select(m => m.Key));
        for (var i = 0; i < d.Modules.Count; i++)
        {
            var m = d.Modules[i];
            if (string.IsNullOrWhiteSpace(m.Name))
            {
                errors.Add($"modules[{i}].name is required.");
            }

            if (m.Sessions is < 1 or > 200 || m.MinutesPerSession is < 1 or > 1440)
            {
                errors.Add($"modules[{i}] needs 1–200 sessions of 1–1440 minutes.");
            }
        }

        CheckKeys(errors, "forms", d.Forms.Select(f => f.Key));
        for (var i = 0; i < d.Forms.Count; i++)
        {
            if (!Enum.TryParse<SensitivityLabel>(d.Forms[i].Sensitivity, out _))
            {
                errors.Add($"forms[{i}].sensitivity must be Public, Network, Agency or Sensitive.");
            }

            if (d.Forms[i].Type == FormFieldType.Choice && d.Forms[i].Options.Count == 0)
            {
                errors.Add($"forms[{i}] is a choice field and needs options.");
            }
        }

        return errors;
    }

    private static void CheckKeys(List<string> errors, string list, IEnumerable<string> keys)
    {
        var all = keys.ToList();
        if (all.Any(k => !System.Text.RegularExpressions.Regex.IsMatch(k, "^[a-z0-9][a-z0-9-]{0,59}$")))
        {
            errors.Add($"Every key in {list} must be lower-case letters, digits and hyphens (e.g. \"first-offence\").");
        }

        if (all.Distinct(StringComparer.Ordinal).Count() != all.Count)
        {
            errors.Add($"Keys in {list} must be unique.");
        }
    }
}
