using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Web.Infrastructure.Protection;

/// <summary>
/// AES-256-GCM with the agency's newest data key. Envelope: <c>icp:v1:</c> + base64 of
/// key version (4 bytes, big-endian) | nonce (12) | tag (16) | ciphertext. The agency code and key version are
/// authenticated as associated data, so ciphertext moved to another agency's row never opens.
/// </summary>
internal sealed class AesGcmAgencyProtector(AgencyKeyRing keys) : IAgencyDataProtector
{
    public const string Prefix = "icp:v1:";
    private const int VersionSize = 4;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int HeaderSize = VersionSize + NonceSize + TagSize;

    public string Protect(string agencyCode, string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        agencyCode = AgencyKeyRing.Normalise(agencyCode);
        var (version, key) = keys.Current(agencyCode, AgencyKeyPurposes.Data);
        var clear = Encoding.UTF8.GetBytes(plaintext);
        var envelope = new byte[HeaderSize + clear.Length];
        BinaryPrimitives.WriteInt32BigEndian(envelope, version);
        var nonce = envelope.AsSpan(VersionSize, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, clear, envelope.AsSpan(HeaderSize), envelope.AsSpan(VersionSize + NonceSize, TagSize), AssociatedData(agencyCode, version));
        CryptographicOperations.ZeroMemory(clear);
        return Prefix + Convert.ToBase64String(envelope);
    }

    public string Unprotect(string agencyCode, string ciphertext)
    {
        agencyCode = AgencyKeyRing.Normalise(agencyCode);
        var envelope = Decode(ciphertext) ?? throw new CryptographicException("The value is not an InterCOP envelope.");
        var version = BinaryPrimitives.ReadInt32BigEndian(envelope);
        var key = keys.Find(agencyCode, AgencyKeyPurposes.Data, version)
            ?? throw new CryptographicException("The key that protected this value does not exist for this agency (erased or another agency's).");
        var clear = new byte[envelope.Length - HeaderSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(envelope.AsSpan(VersionSize, NonceSize), envelope.AsSpan(HeaderSize), envelope.AsSpan(VersionSize + NonceSize, TagSize), clear,
            AssociatedData(agencyCode, version));
        return Encoding.UTF8.GetString(clear);
    }

    /// <summary>True for text this protector wrote; used to avoid encrypting twice.</summary>
    public static bool IsEnvelope(string? value) => Decode(value) is not null;

    /// <summary>The key version inside an envelope, e.g. to find values still under a rotated-out key.</summary>
    public static int? KeyVersionOf(string? value) =>
        Decode(value) is { } envelope ? BinaryPrimitives.ReadInt32BigEndian(envelope) : null;

    private static byte[]? Decode(string? value)
    {
        if (value is null || !value.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var body = value.AsSpan(Prefix.Length);
        var buffer = new byte[body.Length];
        return Convert.TryFromBase64Chars(body, buffer, out var written) && written >= HeaderSize ? buffer[..written] : null;
    }

    private static byte[] AssociatedData(string agencyCode, int version) =>
        Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"InterCOP|{agencyCode}|{version}"));
}
