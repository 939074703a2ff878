using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace GuideBuilder.Translations;

/// <summary>
/// SHA-256 over words joined by one space, fed as they are found: the same hash as over
/// <see cref="Fingerprint.Normalize"/> of the whole text, without building that text. A module's
/// fingerprint built as strings cost about half a megabyte of copies per module (the body split into
/// words and joined, twice).
/// </summary>
internal sealed class WordHash : IDisposable
{
    private const int BufferSize = 8192;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _used;
    private bool _any;

    /// <summary>Adds every word of <paramref name="text"/> (runs of white space separate words).</summary>
    public WordHash Words(ReadOnlySpan<char> text)
    {
        var at = 0;
        while (at < text.Length)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            var start = at;
            while (at < text.Length && !char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            if (at > start)
            {
                Word(text[start..at]);
            }
        }

        return this;
    }

    /// <summary>The hash of all the words added.</summary>
    public byte[] Finish()
    {
        Flush();
        return _hash.GetHashAndReset();
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _hash.Dispose();
    }

    private void Word(ReadOnlySpan<char> word)
    {
        if (_any)
        {
            Append(" ");
        }

        _any = true;
        // A word longer than the buffer is fed in pieces cut outside surrogate pairs, so its bytes stay the same.
        while (word.Length > BufferSize / 4)
        {
            var cut = char.IsHighSurrogate(word[(BufferSize / 4) - 1]) ? (BufferSize / 4) - 1 : BufferSize / 4;
            Append(word[..cut]);
            word = word[cut..];
        }

        Append(word);
    }

    private void Append(ReadOnlySpan<char> chars)
    {
        if (_used + Encoding.UTF8.GetMaxByteCount(chars.Length) > BufferSize)
        {
            Flush();
        }

        _used += Encoding.UTF8.GetBytes(chars, _buffer.AsSpan(_used, BufferSize - _used));
    }

    private void Flush()
    {
        _hash.AppendData(_buffer, 0, _used);
        _used = 0;
    }
}
