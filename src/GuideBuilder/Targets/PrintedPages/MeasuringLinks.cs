using System.Text;
using GuideBuilder.Markdown;

namespace GuideBuilder.Targets.PrintedPages;

/// <summary>
/// Chromium writes a named destination (the page an element lands on) only for the ids that a
/// link in the document points to. An undisplayed list of links to every block makes it measure
/// them all in the same printing pass: no layout changes, no link annotations, no tags.
/// It is written by the build, not the theme, so that a theme of one's own cannot lose it.
/// </summary>
public static class MeasuringLinks
{
    public const string ClassName = "guidebuilder-measure";

    public static string AddTo(string html, IEnumerable<string> anchors)
    {
        var links = new StringBuilder();
        links.Append("<nav class=\"" + ClassName + "\" hidden style=\"display:none\" aria-hidden=\"true\">");
        foreach (var anchor in anchors)
        {
            links.Append("<a href=\"#").Append(HtmlText.Escape(anchor)).Append("\"></a>");
        }

        links.Append("</nav>\n");
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + links : html.Insert(end, links.ToString());
    }
}
