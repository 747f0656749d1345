namespace Platform.Web.Infrastructure.Text;

/// <summary>RFC 4648 base32 without padding: readable codes for authenticator keys and pseudonyms.</summary>
public static class Base32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string Encode(ReadOnlySpan<byte> bytes)
    {
        Span<char> output = bytes.Length <= 160 ? stackalloc char[256] : new char[(bytes.Length * 8 + 4) / 5];
        int buffer = 0, bits = 0, length = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                output[length++] = Alphabet[(buffer >> (bits - 5)) & 31];
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            output[length++] = Alphabet[(buffer << (5 - bits)) & 31];
        }

        return new string(output[..length]);
    }
}
