using Microsoft.AspNetCore.DataProtection;

namespace Platform.Web.Infrastructure.Protection;

/// <summary>Provisional: ASP.NET Core Data Protection with a purpose per agency (a derived subkey per country).</summary>
internal sealed class DataProtectionAgencyProtector(IDataProtectionProvider provider) : IAgencyDataProtector
{
    private const string Purpose = "InterCOP.Sensitive.v1";

    public string Protect(string agencyCode, string plaintext) =>
        provider.CreateProtector(Purpose, agencyCode).Protect(plaintext);

    public string Unprotect(string agencyCode, string ciphertext) =>
        provider.CreateProtector(Purpose, agencyCode).Unprotect(ciphertext);
}
