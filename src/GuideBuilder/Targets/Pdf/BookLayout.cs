using System.Globalization;

namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// What a printing pass measured, turned into what the next pass needs: where blank versos go
/// so that every part opens on a right-hand (odd) page, and the page number of every anchor as
/// the reader sees it (arabic from the introduction on; the front matter counts in roman).
/// </summary>
public sealed record BookLayout(IReadOnlySet<string> BlankBefore, IReadOnlyDictionary<string, string> PageLabels)
{
    public static readonly BookLayout Unmeasured = new(new HashSet<string>(), new Dictionary<string, string>());

    /// <param name="parts">Each part's measured first page (1-based, physical), in reading order.</param>
    /// <param name="anchors">Every other anchor: the part it is in and its measured page.</param>
    /// <param name="blanksInMeasuredPass">The blanks the measured pass already had.</param>
    public static BookLayout Plan(IReadOnlyList<(string Anchor, int Page)> parts, IReadOnlyDictionary<string, (string Part, int Page)> anchors, IReadOnlySet<string> blanksInMeasuredPass)
    {
        var blanks = new HashSet<string>();
        var starts = new Dictionary<string, int>();
        var removed = 0;
        var added = 0;
        foreach (var (anchor, page) in parts)
        {
            removed += blanksInMeasuredPass.Contains(anchor) ? 1 : 0;
            var start = page - removed + added;
            if (start % 2 == 0)
            {
                blanks.Add(anchor);
                added++;
                start++;
            }

            starts[anchor] = start;
        }

        var measured = parts.ToDictionary(p => p.Anchor, p => p.Page);
        var first = parts.Count > 0 ? starts[parts[0].Anchor] : 1;
        var labels = starts.ToDictionary(pair => pair.Key, pair => Label(pair.Value - first + 1));
        foreach (var (anchor, (part, page)) in anchors)
        {
            labels[anchor] = Label(page - measured[part] + starts[part] - first + 1);
        }

        return new BookLayout(blanks, labels);
    }

    public static string Roman(int number)
    {
        (int Value, string Letters)[] table = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];
        var text = "";
        foreach (var (value, letters) in table)
        {
            while (number >= value)
            {
                text += letters;
                number -= value;
            }
        }

        return text;
    }

    private static string Label(int number) => number.ToString(CultureInfo.InvariantCulture);
}
