namespace Platform.Web.Infrastructure.Protection;

/// <summary>
/// How sensitive a type or field is (design brief): Public, Network (all members), Agency (own agency only),
/// Sensitive (own agency, encrypted at rest with the agency's key, a recorded reason to view).
/// </summary>
public enum SensitivityLabel
{
    Public = 0,
    Network = 1,
    Agency = 2,
    Sensitive = 3,
}

/// <summary>Marks a property with its label; pages and exports read it, and a test checks Sensitive ones are stored encrypted.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class, Inherited = false)]
public sealed class SensitivityAttribute(SensitivityLabel label) : Attribute
{
    public SensitivityLabel Label { get; } = label;
}
