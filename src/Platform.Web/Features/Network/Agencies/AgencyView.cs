namespace Platform.Web.Features.Network.Agencies;

/// <summary>An agency's own fields as network admins see and edit them.</summary>
public sealed record AgencyView(
    string Code,
    string CountryName,
    string Name,
    string? ContactEmail,
    string? ContactPhone,
    string? Website,
    string TimeZone,
    string DefaultLanguage,
    bool IsActive,
    DateTimeOffset JoinedAt)
{
    public static AgencyView From(Agency a) =>
        new(a.Code, a.CountryName, a.Name, a.ContactEmail, a.ContactPhone, a.Website, a.TimeZone, a.DefaultLanguage, a.IsActive, a.JoinedAt);
}
