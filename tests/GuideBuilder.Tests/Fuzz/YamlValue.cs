using System.Globalization;
using System.Text;

namespace GuideBuilder.Tests.Fuzz;

/// <summary>Writes text as a YAML double-quoted scalar, escaping only what YAML itself cannot hold raw.</summary>
internal static class YamlValue
{
    public static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\u2028' or '\u2029' or '\uFEFF' or '\u0085' => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                < ' ' or '\u007F' => "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    public static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";
}
