using System.Text;

namespace GuideBuilder.Targets.Epub;

/// <summary>Ids and fragments made safe for every reading system: no colon (Markdig's footnotes use "fn:1"), no space.</summary>
public static class EpubIds
{
    public static string Clean(string id)
    {
        var clean = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            clean.Append(c is ':' or '%' || char.IsWhiteSpace(c) ? '-' : c);
        }

        return clean.ToString();
    }
}
