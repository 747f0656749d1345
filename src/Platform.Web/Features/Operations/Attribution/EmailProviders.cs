namespace Platform.Web.Features.Operations.Attribution;

/// <summary>
/// Provider-specific aliases that deliver to the same mailbox, folded only where the provider documents them:
/// <list type="bullet">
/// <item>Gmail ignores dots in the local part and googlemail.com is the same service as gmail.com.</item>
/// <item>"+tag" sub-addressing is documented by Gmail, Microsoft consumer mail (outlook.com, hotmail.com, live.com,
/// msn.com), Proton (protonmail.com, protonmail.ch, proton.me, pm.me), Apple iCloud (icloud.com, me.com, mac.com) and
/// Fastmail (fastmail.com, fastmail.fm).</item>
/// </list>
/// Every other domain is left alone: on corporate, university and most ISP servers "a+b" and "a.b" are distinct
/// mailboxes that may belong to different people, and Yahoo's disposable addresses use a different, account-bound
/// scheme. Folding them would merge different people, which is worse than missing a link.
/// </summary>
public static class EmailProviders
{
    public static readonly IReadOnlySet<string> PlusAddressing = new HashSet<string>(StringComparer.Ordinal)
    {
        "gmail.com",
        "outlook.com", "hotmail.com", "live.com", "msn.com",
        "protonmail.com", "protonmail.ch", "proton.me", "pm.me",
        "icloud.com", "me.com", "mac.com",
        "fastmail.com", "fastmail.fm",
    };

    /// <summary>Local part and domain as the provider delivers them (both already lowercase).</summary>
    public static (string Local, string Domain) Canonical(string local, string domain)
    {
        if (domain == "googlemail.com")
        {
            domain = "gmail.com";
        }

        if (PlusAddressing.Contains(domain))
        {
            var plus = local.IndexOf('+', StringComparison.Ordinal);
            if (plus >= 0)
            {
                local = local[..plus];
            }
        }

        if (domain == "gmail.com")
        {
            local = local.Replace(".", string.Empty, StringComparison.Ordinal);
        }

        return (local, domain);
    }
}
