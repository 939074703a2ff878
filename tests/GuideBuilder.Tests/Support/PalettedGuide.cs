using System.Globalization;

namespace GuideBuilder.Tests.Support;

/// <summary>The mini guide with a five-colour palette and five modules, one per tab (three more copies of the alpha module, each with a key-point box and more sections).</summary>
public static class PalettedGuide
{
    public const string Light = "#F2C500 #5BC0EB #F7A1C4 #B5E61D #1A1A1A";

    public const string Brand = "#00857C #E56A1C #1F5FA8 #3A8D3F #6B3FA0";

    /// <summary>A key point (text on the tab fill) and more sections in the page's contents.</summary>
    private const string ExtraSections = """
        ::: key-point
        Remember [the standards](02-beta.md).
        :::

        ## Running a training session

        Plan the day.

        ## The E-box: the guide offline

        Copy the folder.

        ## Who pays for what

        It depends.


        """;

    public static TempGuide Create(string palette)
    {
        var colours = palette.Split(' ');
        var guide = new TempGuide();
        var tabs = string.Concat(colours.Select((colour, i) => $"  t{i + 1}: \"{colour}\"\n"));
        guide.Replace("guide.yml", "  red: \"#b0252d\"\n  blue: \"#1d5fa6\"\n", tabs);
        guide.Replace("en/01-alpha.md", "tab: red", "tab: t1");
        guide.Replace("fr/01-alpha.md", "tab: red", "tab: t1");
        guide.Replace("en/02-beta.md", "tab: blue", "tab: t2");
        var alpha = File.ReadAllText(guide.PathOf("en/01-alpha.md"));
        foreach (var (name, number) in new[] { ("gamma", 3), ("delta", 4), ("epsilon", 5) })
        {
            var n = number.ToString(CultureInfo.InvariantCulture);
            var module = alpha
                .Replace("id: alpha", "id: " + name, StringComparison.Ordinal)
                .Replace("module: 1", "module: " + n, StringComparison.Ordinal)
                .Replace("Alpha", char.ToUpperInvariant(name[0]) + name[1..], StringComparison.Ordinal)
                .Replace("tab: t1", "tab: t" + n, StringComparison.Ordinal)
                .Replace("id: map-gaps", "id: map-gaps-" + n, StringComparison.Ordinal)
                .Replace("[^1]: A footnote.", ExtraSections + "[^1]: A footnote.", StringComparison.Ordinal);
            guide.Write($"en/0{n}-{name}.md", module);
        }

        return guide;
    }
}
