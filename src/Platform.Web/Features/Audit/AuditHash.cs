using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Web.Features.Audit;

/// <summary>
/// SHA-256 over a canonical serialization of an entry. Every field is written in a fixed order as "N" (null) or
/// "S" + UTF-8 byte length + ":" + bytes, so no choice of field values can make two different entries serialize
/// alike. Numbers are invariant decimals and the time is UTC ticks. Changing this format breaks verification of
/// existing chains: add a new version tag instead.
/// </summary>
public static class AuditHash
{
    /// <summary>The previous hash of entry 1.</summary>
    public static readonly string Genesis = new('0', 64);

    private const string FormatVersion = "intercop-audit-v1";

    public static string Compute(AuditEntry entry)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, FormatVersion);
        Append(hash, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Append(hash, entry.Id.ToString("D"));
        Append(hash, entry.OccurredAt.UtcTicks.ToString(CultureInfo.InvariantCulture));
        Append(hash, entry.ActorMemberId);
        Append(hash, entry.ActorName);
        Append(hash, entry.ActorAgencyCode);
        Append(hash, entry.AgencyCode);
        Append(hash, entry.Action);
        Append(hash, entry.RecordType);
        Append(hash, entry.RecordId);
        Append(hash, entry.Reason);
        Append(hash, entry.Details);
        Append(hash, entry.ClientAddress);
        Append(hash, entry.UserAgent);
        Append(hash, entry.PreviousHash);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string? value)
    {
        if (value is null)
        {
            hash.AppendData("N"u8);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        hash.AppendData(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"S{bytes.Length}:")));
        hash.AppendData(bytes);
    }
}
