using AngleSharp.Html.Parser;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Targets;

/// <summary>
/// Only addresses the build made are resolved: text an author writes that looks like one
/// (in alt text, a link title, a front-matter field) stays text, copies no file and crashes nothing.
/// </summary>
public sealed class AddressForgeryTests
{
    private const string Forged = "gb:asset/../victim.txt";

    private static AngleSharp.Html.Dom.IHtmlDocument Page(TempGuide guide, string target) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(guide.Output, target, "en", "01-alpha", "index.html")));

    private static TempGuide WithVictim()
    {
        var guide = new TempGuide();
        File.WriteAllText(Path.Combine(guide.Root, "victim.txt"), "secret outside the content folder");
        return guide;
    }

    private static void ShouldHaveCopiedNothingFromOutside(TempGuide guide)
    {
        File.Exists(Path.Combine(guide.Output, "victim.txt")).ShouldBeFalse();
        Directory.EnumerateFiles(guide.Output, "victim.txt", SearchOption.AllDirectories).ShouldBeEmpty();
        Directory.EnumerateFiles(guide.Root, "*", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f) == "secret outside the content folder")
            .ShouldHaveSingleItem();
    }

    [Fact]
    public void An_address_written_as_alt_text_stays_text_and_copies_nothing()
    {
        using var guide = WithVictim();
        guide.Replace("en/01-alpha.md", "![Bar chart of coverage]", $"![{Forged}]");

        var result = guide.Build();

        result.Succeeded.ShouldBeTrue(string.Join('\n', result.Diagnostics));
        foreach (var target in new[] { "site", "ebox" })
        {
            var image = Page(guide, target).QuerySelector(".module-body img")!;
            image.GetAttribute("alt").ShouldBe(Forged);
            image.GetAttribute("src")!.ShouldEndWith("media/figures/chart.svg");
        }

        ShouldHaveCopiedNothingFromOutside(guide);
    }

    [Fact]
    public void An_address_written_as_a_link_title_stays_text_and_copies_nothing()
    {
        using var guide = WithVictim();
        guide.Replace("en/01-alpha.md", "[the gaps](#left-out)", $"[the gaps](#left-out \"{Forged}\")");

        var result = guide.Build();

        result.Succeeded.ShouldBeTrue(string.Join('\n', result.Diagnostics));
        Page(guide, "site").QuerySelector(".module-body a[href='#left-out']")!.GetAttribute("title").ShouldBe(Forged);
        ShouldHaveCopiedNothingFromOutside(guide);
    }

    [Fact]
    public void An_address_written_in_front_matter_stays_text_and_copies_nothing()
    {
        using var guide = WithVictim();
        guide.Replace("en/01-alpha.md", "name: Amara Diallo", $"name: \"{Forged}\"\n    photo: media/figures/chart.svg");

        var result = guide.Build();

        result.Succeeded.ShouldBeTrue(string.Join('\n', result.Diagnostics));
        var page = Page(guide, "site");
        page.QuerySelector(".voice-name")!.TextContent.ShouldBe(Forged);
        page.QuerySelector("img.voice-photo")!.GetAttribute("alt").ShouldBe(Forged);
        ShouldHaveCopiedNothingFromOutside(guide);
    }

    [Fact]
    public void An_unknown_address_kind_in_alt_text_does_not_crash_the_build()
    {
        using var guide = new TempGuide();
        guide.Replace("en/01-alpha.md", "![Bar chart of coverage]", "![gb:bogus/x]");

        var result = guide.Build();

        result.Succeeded.ShouldBeTrue(string.Join('\n', result.Diagnostics));
        Page(guide, "ebox").QuerySelector(".module-body img")!.GetAttribute("alt").ShouldBe("gb:bogus/x");
    }
}
