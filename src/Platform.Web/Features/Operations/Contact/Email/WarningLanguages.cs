namespace Platform.Web.Features.Operations.Contact.Email;

/// <summary>Languages with a built-in warning text; agencies can edit each (see <see cref="DefaultWarningTemplates"/>).</summary>
public static class WarningLanguages
{
    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        ("en", "English"),
        ("nl", "Nederlands"),
        ("fi", "Suomi"),
        ("sv", "Svenska"),
        ("pt", "Português"),
    ];

    public static bool IsKnown(string? code) => All.Any(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));

    public static string NameOf(string code) => All.FirstOrDefault(l => l.Code == code).Name ?? code;
}
