using System.Text.Json;
using System.Text.Json.Serialization;

namespace GuideBuilder.Build.Cache;

/// <summary>A set of strings (a module's anchors) as an array, read back into an ordinal set in the order it was written.</summary>
internal sealed class StringSetJsonConverter : JsonConverter<IReadOnlySet<string>>
{
    public override IReadOnlySet<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("a set is an array");
        }

        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            set.Add(reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("a set holds strings"));
        }

        return set;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlySet<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteStringValue(WholeStringJsonConverter.Checked(item));
        }

        writer.WriteEndArray();
    }
}
