namespace Platform.Web.Infrastructure.Pseudonyms;

/// <summary>
/// Keyed pseudonyms per agency (HMAC with the agency's secret): the same value gives the same pseudonym inside
/// one country and purpose, and nothing that links across countries. Used by the cohort export (Cases) and by
/// re-offending recognition across operations (Operations).
/// </summary>
public interface IAgencyPseudonyms
{
    string For(string agencyCode, string purpose, string value);
}
