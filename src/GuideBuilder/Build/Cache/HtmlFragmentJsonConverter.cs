using System.Text.Json;
using System.Text.Json.Serialization;
using GuideBuilder.Markdown;
using GuideBuilder.Model.Addresses;

namespace GuideBuilder.Build.Cache;

/// <summary>A rendered fragment as an array: each literal HTML chunk a string, each address an object naming its kind.</summary>
internal sealed class HtmlFragmentJsonConverter : JsonConverter<HtmlFragment>
{
    public override HtmlFragment Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("a fragment is an array");
        }

        var address = options.GetTypeInfo(typeof(Address));
        var chunks = new List<object>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            chunks.Add(reader.TokenType == JsonTokenType.String
                ? reader.GetString()!
                : JsonSerializer.Deserialize(ref reader, address) ?? throw new JsonException("a fragment's chunk is null"));
        }

        return HtmlFragment.FromChunks(chunks);
    }

    public override void Write(Utf8JsonWriter writer, HtmlFragment value, JsonSerializerOptions options)
    {
        var address = options.GetTypeInfo(typeof(Address));
        writer.WriteStartArray();
        foreach (var chunk in value.Chunks)
        {
            if (chunk is string literal)
            {
                writer.WriteStringValue(WholeStringJsonConverter.Checked(literal));
            }
            else
            {
                JsonSerializer.Serialize(writer, chunk, address);
            }
        }

        writer.WriteEndArray();
    }
}
