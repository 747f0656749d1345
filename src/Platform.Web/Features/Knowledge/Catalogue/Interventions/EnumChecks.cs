namespace Platform.Web.Features.Knowledge.Catalogue.Interventions;

/// <summary>Model of _EnumChecks: a group of checkboxes posting one field name (e.g. "Input.Mechanisms").</summary>
public sealed record EnumChecks(string Field, string Legend, IEnumerable<(string Value, string Label, bool Checked)> Options)
{
    public string Id => Field.Replace('.', '_');
}
