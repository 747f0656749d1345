namespace Platform.Web.Features.Operations.Import;

/// <summary>Buffered forward reading of bytes with the absolute file offset, for the record readers.</summary>
internal sealed class ByteBuffer(Stream stream)
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _position;
    private int _length;
    private long _bufferStart;

    public long Offset => _bufferStart + _position;

    public void Seek(long offset)
    {
        stream.Seek(offset, SeekOrigin.Begin);
        _bufferStart = offset;
        _position = 0;
        _length = 0;
    }

    /// <summary>Next byte, or -1 at the end.</summary>
    public int Read()
    {
        if (_position == _length && ReadMore() <= 0)
        {
            return -1;
        }

        return _buffer[_position++];
    }

    public int Peek()
    {
        if (_position == _length && ReadMore() <= 0)
        {
            return -1;
        }

        return _buffer[_position];
    }

    /// <summary>
    /// The bytes from the current position through the next line feed, or through the end of the file when no line
    /// feed follows; false when there are no more bytes, or when the line is longer than the buffer (the caller then
    /// reads it byte by byte). The bytes stay valid until the next read.
    /// </summary>
    public bool TryPeekLine(out ReadOnlySpan<byte> line)
    {
        var searched = 0;
        while (true)
        {
            var available = _buffer.AsSpan(_position, _length - _position);
            var feed = available[searched..].IndexOf((byte)'\n');
            if (feed >= 0)
            {
                line = available[..(searched + feed + 1)];
                return true;
            }

            searched = available.Length;
            var read = ReadMore();
            if (read <= 0)
            {
                line = read == 0 ? _buffer.AsSpan(_position, _length - _position) : default;
                return read == 0 && !line.IsEmpty;
            }
        }
    }

    /// <summary>Consumes bytes returned by <see cref="TryPeekLine"/>.</summary>
    public void Advance(int count) => _position += count;

    /// <summary>Moves the unread bytes to the front and appends from the stream: bytes read, 0 at the end, -1 when full.</summary>
    private int ReadMore()
    {
        if (_position > 0)
        {
            Buffer.BlockCopy(_buffer, _position, _buffer, 0, _length - _position);
            _bufferStart += _position;
            _length -= _position;
            _position = 0;
        }

        if (_length == _buffer.Length)
        {
            return -1;
        }

        var read = stream.Read(_buffer, _length, _buffer.Length - _length);
        _length += read;
        return read;
    }
}

/// <summary>Bytes of one value or one raw record, growing as needed.</summary>
internal sealed class ByteBuilder
{
    private byte[] _bytes = new byte[256];

    public int Length { get; private set; }

    public void Add(byte b)
    {
        if (Length == _bytes.Length)
        {
            Array.Resize(ref _bytes, _bytes.Length * 2);
        }

        _bytes[Length++] = b;
    }

    public void Append(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Extend(bytes.Length));

    /// <summary>Grows by <paramref name="count"/> bytes and returns them, to be filled by the caller.</summary>
    public Span<byte> Extend(int count)
    {
        if (Length + count > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + count));
        }

        Length += count;
        return _bytes.AsSpan(Length - count, count);
    }

    public void Clear() => Length = 0;

    public void Truncate(int length) => Length = Math.Min(Length, length);

    public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

    public string Text(int max = int.MaxValue) => System.Text.Encoding.UTF8.GetString(_bytes, 0, Math.Min(Length, max));
}
