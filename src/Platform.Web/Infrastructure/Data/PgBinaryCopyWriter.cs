using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Npgsql;

namespace Platform.Web.Infrastructure.Data;

/// <summary>
/// Bulk rows for PostgreSQL in its binary COPY format, encoded here into one buffer and sent through Npgsql's raw COPY
/// stream (header, then per row the field count and each field as length + bytes, then the trailer; see "COPY" in the
/// PostgreSQL manual, "Binary Format"). Npgsql's own importer resolves a type handler and runs an async state machine
/// per value, which cost the import more CPU than parsing the file; the types used here have fixed, documented
/// encodings. The server still checks every value (length limits, UTF-8, constraints) as for any COPY.
/// </summary>
/// <remarks>Use inside the caller's transaction. Dispose without <see cref="CompleteAsync"/> cancels the COPY: nothing of it is kept.</remarks>
public sealed class PgBinaryCopyWriter : IAsyncDisposable
{
    private const int FlushAt = 1 << 16;
    private const int TextOid = 25;
    private static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
    private static readonly byte[] Header = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];

    private readonly NpgsqlRawCopyStream _stream;
    private readonly short _fields;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(FlushAt * 2);
    private int _length;
    private bool _completed;

    private PgBinaryCopyWriter(NpgsqlRawCopyStream stream, short fields)
    {
        _stream = stream;
        _fields = fields;
        Header.CopyTo(_buffer, 0);
        _length = Header.Length;
    }

    public static async Task<PgBinaryCopyWriter> BeginAsync(NpgsqlConnection connection, string table, IReadOnlyList<string> columns, CancellationToken cancellationToken)
    {
        var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
        var stream = await connection.BeginRawBinaryCopyAsync($"COPY \"{table}\" ({list}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        return new PgBinaryCopyWriter(stream, (short)columns.Count);
    }

    /// <summary>
    /// One COPY of <paramref name="rows"/> into <paramref name="table"/>; <paramref name="write"/> writes one row's
    /// values in the order of <paramref name="columns"/>. No rows, no COPY.
    /// </summary>
    public static async Task WriteAllAsync<T>(
        NpgsqlConnection connection, string table, IReadOnlyList<string> columns, IReadOnlyList<T> rows, Action<PgBinaryCopyWriter, T> write,
        CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var copy = await BeginAsync(connection, table, columns, cancellationToken);
        foreach (var row in rows)
        {
            await copy.StartRowAsync(cancellationToken);
            write(copy, row);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    /// <summary>Starts a row (one value per column follows); sends the buffer first when it is full.</summary>
    public async ValueTask StartRowAsync(CancellationToken cancellationToken)
    {
        if (_length >= FlushAt)
        {
            await _stream.WriteAsync(_buffer.AsMemory(0, _length), cancellationToken);
            _length = 0;
        }

        BinaryPrimitives.WriteInt16BigEndian(Reserve(2), _fields);
    }

    public void Null() => BinaryPrimitives.WriteInt32BigEndian(Reserve(4), -1);

    public void Uuid(Guid value)
    {
        var span = Reserve(20);
        BinaryPrimitives.WriteInt32BigEndian(span, 16);
        value.TryWriteBytes(span[4..], bigEndian: true, out _);
    }

    public void Int32(int value)
    {
        var span = Reserve(8);
        BinaryPrimitives.WriteInt32BigEndian(span, 4);
        BinaryPrimitives.WriteInt32BigEndian(span[4..], value);
    }

    public void Int64(long value)
    {
        var span = Reserve(12);
        BinaryPrimitives.WriteInt32BigEndian(span, 8);
        BinaryPrimitives.WriteInt64BigEndian(span[4..], value);
    }

    public void Int32(int? value)
    {
        if (value is { } v) { Int32(v); } else { Null(); }
    }

    public void Int64(long? value)
    {
        if (value is { } v) { Int64(v); } else { Null(); }
    }

    public void Bool(bool value)
    {
        var span = Reserve(5);
        BinaryPrimitives.WriteInt32BigEndian(span, 1);
        span[4] = value ? (byte)1 : (byte)0;
    }

    public void Bytes(byte[]? value)
    {
        if (value is null)
        {
            Null();
            return;
        }

        var span = Reserve(4 + value.Length);
        BinaryPrimitives.WriteInt32BigEndian(span, value.Length);
        value.CopyTo(span[4..]);
    }

    /// <summary>text and varchar alike: UTF-8 bytes.</summary>
    public void Text(string? value)
    {
        if (value is null)
        {
            Null();
            return;
        }

        var span = Reserve(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
        var bytes = Encoding.UTF8.GetBytes(value, span[4..]);
        BinaryPrimitives.WriteInt32BigEndian(span, bytes);
        _length -= span.Length - 4 - bytes;
    }

    /// <summary>jsonb: a version byte (1), then the JSON text in UTF-8; the server parses and checks it.</summary>
    public void Jsonb(ReadOnlySpan<byte> utf8Json)
    {
        var span = Reserve(5 + utf8Json.Length);
        BinaryPrimitives.WriteInt32BigEndian(span, 1 + utf8Json.Length);
        span[4] = 1;
        utf8Json.CopyTo(span[5..]);
    }

    /// <summary>
    /// timestamptz: microseconds since 2000-01-01 UTC (ticks truncated to microseconds, as Npgsql writes them). Like
    /// Npgsql (and so EF Core), only UTC values are accepted: a local offset here would be a bug upstream.
    /// </summary>
    public void Timestamp(DateTimeOffset? value)
    {
        if (value is { } v)
        {
            if (v.Offset != TimeSpan.Zero)
            {
                throw new ArgumentException($"Only UTC times are written to timestamptz; got offset {v.Offset}.", nameof(value));
            }

            Int64((v.UtcTicks - PostgresEpochTicks) / 10);
        }
        else
        {
            Null();
        }
    }

    /// <summary>A one-dimensional text[] without nulls (an empty list is the empty array).</summary>
    public void TextArray(IReadOnlyList<string> values)
    {
        var start = _length;
        Reserve(4);
        var header = Reserve(values.Count == 0 ? 12 : 20);
        BinaryPrimitives.WriteInt32BigEndian(header, values.Count == 0 ? 0 : 1);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], 0);
        BinaryPrimitives.WriteInt32BigEndian(header[8..], TextOid);
        if (values.Count > 0)
        {
            BinaryPrimitives.WriteInt32BigEndian(header[12..], values.Count);
            BinaryPrimitives.WriteInt32BigEndian(header[16..], 1);
        }

        foreach (var value in values)
        {
            Text(value);
        }

        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(start), _length - start - 4);
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        BinaryPrimitives.WriteInt16BigEndian(Reserve(2), -1);
        await _stream.WriteAsync(_buffer.AsMemory(0, _length), cancellationToken);
        _length = 0;
        _completed = true;
        await _stream.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_completed)
        {
            await _stream.CancelAsync();
            await _stream.DisposeAsync();
        }

        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private Span<byte> Reserve(int bytes)
    {
        if (_length + bytes > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + bytes));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var span = _buffer.AsSpan(_length, bytes);
        _length += bytes;
        return span;
    }
}
