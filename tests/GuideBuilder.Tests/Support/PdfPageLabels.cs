using System.Text.Json;

namespace GuideBuilder.Tests.Support;

/// <summary>The page label a PDF viewer shows for every page, read back with qpdf from the catalog's /PageLabels tree.</summary>
public static class PdfPageLabels
{
    public static IReadOnlyList<string> Of(string pdf)
    {
        var (code, json) = ExternalTool.Run("qpdf", "--json", "--json-key=pagelabels", pdf);
        code.ShouldBe(0, json);
        var (countCode, count) = ExternalTool.Run("qpdf", "--show-npages", pdf);
        countCode.ShouldBe(0, count);
        var runs = JsonDocument.Parse(json).RootElement.GetProperty("pagelabels").EnumerateArray()
            .Select(run => (Index: run.GetProperty("index").GetInt32(), Label: run.GetProperty("label")))
            .ToList();
        runs.ShouldNotBeEmpty("the PDF has no /PageLabels");
        return [.. Enumerable.Range(0, int.Parse(count.Trim(), System.Globalization.CultureInfo.InvariantCulture)).Select(page =>
        {
            var (index, label) = runs.Last(r => r.Index <= page);
            var start = label.TryGetProperty("/St", out var st) ? st.GetInt32() : 1;
            var number = start + page - index;
            return label.GetProperty("/S").GetString() switch
            {
                "/r" => Roman(number),
                "/D" => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                var style => throw new InvalidOperationException($"unexpected page label style {style}"),
            };
        })];
    }

    private static string Roman(int number)
    {
        var text = "";
        foreach (var (value, letters) in new[] { (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i") })
        {
            for (; number >= value; number -= value)
            {
                text += letters;
            }
        }

        return text;
    }
}
