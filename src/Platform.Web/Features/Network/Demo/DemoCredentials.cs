using System.Text;

namespace Platform.Web.Features.Network.Demo;

/// <summary>The sign-in table printed after seeding, so a first-time visitor can try every role.</summary>
internal static class DemoCredentials
{
    public static string SignInUrl(IConfiguration configuration)
    {
        var baseUrl = configuration["Platform:PublicBaseUrl"];
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            baseUrl = (configuration["urls"] ?? "http://localhost:5000").Split(';', StringSplitOptions.RemoveEmptyEntries)[0];
        }

        return baseUrl.TrimEnd('/') + "/Accounts/SignIn";
    }

    public static string Table(string signInUrl)
    {
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine("InterCOP demo network (fictional data; never enable Demo:Seed on a real installation)");
        text.AppendLine($"  Sign in at: {signInUrl}");
        text.AppendLine($"  Password for every demo account: {DemoAccounts.Password}");
        text.AppendLine();
        text.AppendLine($"  {"Email",-42} {"Role",-19} {"Agency",-6} Authenticator key");
        text.AppendLine($"  {new string('-', 42)} {new string('-', 19)} {new string('-', 6)} {new string('-', 32)}");
        foreach (var a in DemoAccounts.All)
        {
            text.AppendLine($"  {a.Email,-42} {a.Role,-19} {a.AgencyCode,-6} {a.AuthenticatorKey ?? "(no two-factor sign-in)"}");
        }

        text.AppendLine();
        text.AppendLine("  Current 6-digit code: oathtool --totp -b KEY   (or add KEY to any authenticator app)");
        return text.ToString();
    }
}
