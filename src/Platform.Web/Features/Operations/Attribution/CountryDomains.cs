namespace Platform.Web.Features.Operations.Attribution;

/// <summary>
/// Country-code top-level domains → ISO 3166-1 alpha-2. Generic TLDs (.com, .net, .org, …) point nowhere. Some ccTLDs
/// are sold worldwide as generic names, especially in tech and gaming circles (.io, .tv, .me, .co, .gg, .ai, .ly, .fm,
/// .cc, .ws, .to, .sh, .nu, .tk and the other free Freenom domains, …): an address there says nothing about where the
/// holder lives, so they are ignored. ".uk" is GB; ".eu" and ".su" are not countries.
/// </summary>
public static class CountryDomains
{
    // ISO 3166-1 alpha-2 codes that are also delegated ccTLDs (GB's TLD is .uk, handled separately).
    private const string IsoCodes =
        "ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo bq br bs bt bw by bz ca " +
        "cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et fi fj fk fm fo fr ga " +
        "gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo " +
        "jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq " +
        "mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py " +
        "qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tl tm tn " +
        "to tr tt tv tz ua ug um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw";

    private static readonly HashSet<string> Codes = new(IsoCodes.Split(' '), StringComparer.Ordinal);

    /// <summary>ccTLDs marketed as generic names; an address under them does not indicate a country.</summary>
    public static readonly IReadOnlySet<string> TreatedAsGeneric = new HashSet<string>(StringComparer.Ordinal)
    {
        "io", "tv", "me", "co", "gg", "ai", "ly", "fm", "am", "cc", "ws", "to", "sh", "ac", "nu", "tk", "ml", "ga",
        "cf", "gq", "la", "vc", "cx", "gs", "st",
    };

    public static string? CountryOfEmail(string? normalisedEmail)
    {
        if (string.IsNullOrEmpty(normalisedEmail))
        {
            return null;
        }

        var dot = normalisedEmail.LastIndexOf('.');
        var at = normalisedEmail.LastIndexOf('@');
        return dot < 0 || dot < at ? null : CountryOfTld(normalisedEmail[(dot + 1)..]);
    }

    public static string? CountryOfTld(string tld)
    {
        var lower = tld.ToLowerInvariant();
        if (lower == "uk")
        {
            return "GB";
        }

        return lower.Length == 2 && Codes.Contains(lower) && !TreatedAsGeneric.Contains(lower) ? lower.ToUpperInvariant() : null;
    }
}
