namespace Platform.Web.Infrastructure.Tenancy;

/// <summary>
/// A record that holds personal data and belongs to exactly one agency (country).
/// AppDbContext filters every query on it by the current agency and refuses cross-agency writes.
/// </summary>
public interface IAgencyOwned
{
    string AgencyCode { get; set; }
}
