using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GuideBuilder.Build.Cache;

/// <summary>
/// Strings as JSON, refusing one that UTF-8 cannot hold: System.Text.Json writes a lone surrogate (a YAML
/// <c>"\uD800"</c> escape makes one) as U+FFFD without a word, so the entry would read back as something else.
/// Refused, the entry is not stored and the next build does the work again.
/// </summary>
internal sealed class WholeStringJsonConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(Checked(value));

    /// <summary>A dictionary's key (a textbook layout's anchors), checked the same way.</summary>
    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() ?? throw new JsonException("a dictionary key is missing");

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(Checked(value));

    /// <summary>The string, if every surrogate in it is half of a pair.</summary>
    public static string Checked(string value)
    {
        // Almost every string has no surrogate at all: one vectorized search decides.
        if (value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0 && !IsWhole(value))
        {
            throw new JsonException("a string with a lone surrogate is not stored");
        }

        return value;
    }

    private static bool IsWhole(string value)
    {
        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out _, out var used) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            rest = rest[used..];
        }

        return true;
    }
}
