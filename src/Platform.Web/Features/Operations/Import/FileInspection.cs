using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Unicode;

namespace Platform.Web.Features.Operations.Import;

/// <summary>SHA-256, size and UTF-8 validity of a file in one streaming pass; the error names the byte offset and line.</summary>
public sealed record FileInspection(string Sha256, long SizeBytes, string? EncodingError)
{
    public static async Task<FileInspection> InspectAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        var chars = ArrayPool<char>.Shared.Rent(1 << 20);
        try
        {
            long offset = 0, lines = 1;
            var carry = 0; // bytes of an incomplete character kept at the start of the buffer
            string? error = null;
            while (true)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(carry, buffer.Length - carry), cancellationToken);
                sha.AppendData(buffer, carry, read);
                var available = carry + read;
                var final = read == 0;
                if (error is null && available > 0)
                {
                    var status = Utf8.ToUtf16(buffer.AsSpan(0, available), chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
                    lines += buffer.AsSpan(0, consumed).Count((byte)'\n');
                    if (status == OperationStatus.InvalidData)
                    {
                        error = string.Create(CultureInfo.InvariantCulture,
                            $"The file is not valid UTF-8: invalid byte sequence at byte offset {offset + consumed} (line {lines}). Convert it to UTF-8 and upload it again.");
                    }

                    offset += consumed;
                    carry = status == OperationStatus.NeedMoreData || status == OperationStatus.DestinationTooSmall ? available - consumed : 0;
                    if (carry > 0)
                    {
                        buffer.AsSpan(consumed, carry).CopyTo(buffer);
                    }
                }
                else
                {
                    carry = 0;
                }

                if (final)
                {
                    break;
                }
            }

            return new FileInspection(Convert.ToHexStringLower(sha.GetHashAndReset()), stream.Length, error);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
