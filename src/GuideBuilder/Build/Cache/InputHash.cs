using System.Security.Cryptography;

namespace GuideBuilder.Build.Cache;

/// <summary>
/// A SHA-256 over a sequence of values, each written with its length so that ("ab", "c") and ("a", "bc")
/// differ. Cache keys are made only of content, never of file times.
/// </summary>
public sealed class InputHash
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public InputHash Add(string? value)
    {
        value ??= "\0null";
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, value.Length);
        _hash.AppendData(length);
        // The UTF-16 units as they are in memory: no copy of a module's text to hash it.
        _hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(value.AsSpan()));
        return this;
    }

    public InputHash Add(long value) => Add(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public InputHash Add(bool value) => Add(value ? "1" : "0");

    public InputHash AddAll(IEnumerable<string?> values)
    {
        var count = 0;
        foreach (var value in values)
        {
            Add(value);
            count++;
        }

        return Add(count);
    }

    /// <summary>The key: 32 lowercase hex digits (128 bits of the hash).</summary>
    public override string ToString()
    {
        var key = Convert.ToHexStringLower(_hash.GetHashAndReset())[..32];
        _hash.Dispose();
        return key;
    }

    public static string Of(params string?[] values) => new InputHash().AddAll(values).ToString();
}
