using System.Text.Json;
using System.Text.Json.Serialization;
using GuideBuilder.Markdown;

namespace GuideBuilder.Build.Cache;

/// <summary>A search section as <c>[anchor, heading, text]</c>, its text read back into the UTF-8 bytes it was written from.</summary>
internal sealed class SectionTextJsonConverter : JsonConverter<SectionText>
{
    public override SectionText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("a search section is an array");
        }

        var anchor = NextString(ref reader);
        var heading = NextString(ref reader);
        if (!reader.Read() || reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("a search section has a text");
        }

        // Unescaped, the text is never longer than as written.
        var text = new byte[reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length];
        var length = reader.CopyString(text);
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
        {
            throw new JsonException("a search section has three members");
        }

        return new SectionText(anchor, heading, length == text.Length ? text : text[..length]);
    }

    public override void Write(Utf8JsonWriter writer, SectionText value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(value.AnchorId is null ? null : WholeStringJsonConverter.Checked(value.AnchorId));
        writer.WriteStringValue(value.Heading is null ? null : WholeStringJsonConverter.Checked(value.Heading));
        writer.WriteStringValue(value.Utf8Text);
        writer.WriteEndArray();
    }

    private static string? NextString(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType is JsonTokenType.String or JsonTokenType.Null
            ? reader.GetString()
            : throw new JsonException("a search section's anchor and heading are strings or null");
}
