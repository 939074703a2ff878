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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Random_paths_link_as_folder_by_folder_comparison_says(bool pretty)
    {
        string[] names = ["en", "fr", "01-why", "01-whyx", "a b", "été", "index.html", "x.svg", "media", "%", "😀"];
        var random = new Random(7);
        string RandomPath() => string.Join('/', Enumerable.Range(0, random.Next(1, 5)).Select(_ => names[random.Next(names.Length)]));
        var addressing = new Addressing(pretty);
        for (var round = 0; round < 2000; round++)
        {
            var (from, to) = (RandomPath(), RandomPath());
            addressing.Link(from, to).ShouldBe(FolderByFolder(from, to, pretty), $"{from} -> {to}");
        }
    }

    /// <summary>What a link is, written the plain way: the folders both paths share are left out, each other folder of the page is one '../'.</summary>
    private static string FolderByFolder(string from, string to, bool pretty)
    {
        var fromFolders = from.Split('/')[..^1];
        var toParts = to.Split('/');
        var common = 0;
        while (common < fromFolders.Length && common < toParts.Length - 1 && fromFolders[common] == toParts[common])
        {
            common++;
        }

        var url = string.Concat(Enumerable.Repeat("../", fromFolders.Length - common)) + string.Join('/', toParts[common..].Select(Uri.EscapeDataString));
        if (pretty && (url == "index.html" || url.EndsWith("/index.html", StringComparison.Ordinal)))
        {
            url = url[..^"index.html".Length];
            url = url.Length == 0 ? "./" : url;
        }

        return url;
    }
}
