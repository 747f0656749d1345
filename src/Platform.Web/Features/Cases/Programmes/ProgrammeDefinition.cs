using System.Text.Json.Serialization;

namespace Platform.Web.Features.Cases.Programmes;

/// <summary>
/// The content of a programme package version (its JSON), checked by <see cref="ProgrammeDefinitionValidator"/>.
/// Everything a country needs to run the programme without code: modules and dosage, factual eligibility criteria,
/// consent rules, follow-up schedule, first-contact deadline and extra form fields.
/// </summary>
public sealed class ProgrammeDefinition
{
    public int MinAge { get; set; }

    public int MaxAge { get; set; }

    /// <summary>Oldest age admitted by exception (Hack_Right: 30), with a reason in the decision.</summary>
    public int? MaxAgeByException { get; set; }

    public int FirstContactWorkingDays { get; set; } = 5;

    public List<int> FollowUpMonths { get; set; } = [6, 12, 24];

    public ConsentRules Consent { get; set; } = new();

    public List<EligibilityCriterion> EligibilityCriteria { get; set; } = [];

    public List<ModuleDefinition> Modules { get; set; } = [];

    public List<FormFieldDefinition> Forms { get; set; } = [];

    /// <summary>Translations of name and description, by language code (en, nl, pt...).</summary>
    public Dictionary<string, ProgrammeText> Texts { get; set; } = [];
}

public sealed class ProgrammeText
{
    public string Name { get; set; } = "";

    public string Description { get; set; } = "";
}

public sealed class ConsentRules
{
    /// <summary>Below this age a guardian must consent as well as the young person.</summary>
    public int GuardianRequiredBelowAge { get; set; } = 18;

    /// <summary>Scope keys consent is asked for; "participation" is required to enrol.</summary>
    public List<string> Scopes { get; set; } = ["participation"];
}

/// <summary>A factual statement about the person or offence; answered met / not met / unknown with evidence.</summary>
public sealed class EligibilityCriterion
{
    public string Key { get; set; } = "";

    public string Statement { get; set; } = "";

    public string Help { get; set; } = "";
}

public sealed class ModuleDefinition
{
    public string Key { get; set; } = "";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    [JsonConverter(typeof(JsonStringEnumConverter<ModuleKind>))]
    public ModuleKind Kind { get; set; }

    public int Sessions { get; set; }

    public int MinutesPerSession { get; set; }

    public List<string> FidelityItems { get; set; } = [];
}

public enum ModuleKind
{
    Sessions = 0,
    Assignment = 1,
}

public sealed class FormFieldDefinition
{
    public string Key { get; set; } = "";

    public string Label { get; set; } = "";

    [JsonConverter(typeof(JsonStringEnumConverter<FormFieldType>))]
    public FormFieldType Type { get; set; }

    /// <summary>Public, Network, Agency or Sensitive (see SensitivityLabel).</summary>
    public string Sensitivity { get; set; } = "Agency";

    public List<string> Options { get; set; } = [];
}

public enum FormFieldType
{
    Text = 0,
    Number = 1,
    Date = 2,
    YesNo = 3,
    Choice = 4,
}
