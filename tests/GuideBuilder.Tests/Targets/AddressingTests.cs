using GuideBuilder.Targets.Html;

namespace GuideBuilder.Tests.Targets;

public sealed class AddressingTests
{
    [Theory]
    [InlineData("fr/01-why/index.html", "fr/02-legal/index.html", "../02-legal/index.html")]
    [InlineData("fr/01-why/index.html", "fr/index.html", "../index.html")]
    [InlineData("fr/index.html", "fr/02-legal/index.html", "02-legal/index.html")]
    [InlineData("fr/01-why/index.html", "media/figures/a b.svg", "../../media/figures/a%20b.svg")]
    [InlineData("index.html", "es/index.html", "es/index.html")]
    [InlineData("fr/01-why/index.html", "fr/01-why/index.html", "index.html")]
    public void Ebox_links_are_relative_and_end_in_a_file_name(string from, string to, string expected) =>
        new Addressing(prettyUrls: false).Link(from, to).ShouldBe(expected);

    [Theory]
    [InlineData("fr/01-why/index.html", "fr/02-legal/index.html", "../02-legal/")]
    [InlineData("fr/01-why/index.html", "fr/index.html", "../")]
    [InlineData("fr/01-why/index.html", "fr/01-why/index.html", "./")]
    [InlineData("index.html", "en/index.html", "en/")]
    [InlineData("fr/01-why/index.html", "assets/guide.css", "../../assets/guide.css")]
    public void Site_links_are_relative_pretty_urls(string from, string to, string expected) =>
        new Addressing(prettyUrls: true).Link(from, to).ShouldBe(expected);

    [Fact]
    public void Fragments_are_kept() => new Addressing(false).Link("en/a/index.html", "en/b/index.html", "standards").ShouldBe("../b/index.html#standards");

    [Fact]
    public void The_404_page_links_from_the_site_root_path() =>
        Addressing.Absolute("/guide/").Link("404.html", "en/02-legal/index.html").ShouldBe("/guide/en/02-legal/");
}
