namespace Platform.Web.Features.Network;

public static class PartnerKinds
{
    /// <summary>English label, used as the localisation key.</summary>
    public static string Label(PartnerKind kind) => kind switch
    {
        PartnerKind.Company => "Company",
        PartnerKind.Ngo => "Non-governmental organisation",
        PartnerKind.School => "School or school network",
        PartnerKind.ResearchInstitute => "Research institute",
        PartnerKind.Government => "Government body",
        PartnerKind.Secretariat => "Network secretariat",
        _ => kind.ToString(),
    };
}
