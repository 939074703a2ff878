using System.Globalization;

namespace GuideBuilder.Targets.Pdf;

/// <summary>The number a page has in the book, printed or not: roman in the front matter, arabic from the introduction on.</summary>
public sealed record PageLabel(bool Roman, int Number)
{
    public string Text => Roman ? BookLayout.Roman(Number) : Number.ToString(CultureInfo.InvariantCulture);
}
