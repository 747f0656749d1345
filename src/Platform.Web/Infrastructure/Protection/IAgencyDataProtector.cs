namespace Platform.Web.Infrastructure.Protection;

/// <summary>
/// Encrypts Sensitive field values with a key of the owning agency, so one country's key never opens another
/// country's data and the database file holds only ciphertext. Callers store the returned text as is.
/// </summary>
public interface IAgencyDataProtector
{
    string Protect(string agencyCode, string plaintext);

    /// <summary>Throws <see cref="System.Security.Cryptography.CryptographicException"/> for another agency's ciphertext.</summary>
    string Unprotect(string agencyCode, string ciphertext);
}
