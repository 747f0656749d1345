namespace Platform.Web.Features.Accounts;

internal static class TotpCodes
{
    /// <summary>People type codes as "123 456" or "123-456"; Identity wants the six digits.</summary>
    public static string Normalise(string code) =>
        code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}
