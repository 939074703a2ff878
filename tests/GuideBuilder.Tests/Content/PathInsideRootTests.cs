using GuideBuilder.Content;

namespace GuideBuilder.Tests.Content;

public sealed class PathInsideRootTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "inside-" + Guid.NewGuid().ToString("N")[..12]);

    public PathInsideRootTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "content", "media", "figures"));
        Directory.CreateDirectory(Path.Combine(_root, "elsewhere"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Content => Path.Combine(_root, "content");

    [Fact]
    public void A_plain_path_stays_inside()
    {
        PathInsideRoot.Resolve(Content, "media/figures/a.svg").ShouldBe(Path.Combine(Content, "media", "figures", "a.svg"));
    }

    [Fact]
    public void A_chain_of_links_that_ends_outside_is_refused()
    {
        Directory.CreateSymbolicLink(Path.Combine(Content, "media", "hop"), Path.Combine(_root, "hop2"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "hop2"), Path.Combine(_root, "elsewhere"));
        PathInsideRoot.Resolve(Content, "media/hop/file.txt").ShouldBeNull();
    }

    [Fact]
    public void A_relative_link_climbing_out_is_refused_but_one_staying_in_is_followed()
    {
        Directory.CreateSymbolicLink(Path.Combine(Content, "media", "up"), "../../elsewhere");
        Directory.CreateSymbolicLink(Path.Combine(Content, "media", "same"), "../media/figures");
        PathInsideRoot.Resolve(Content, "media/up/x").ShouldBeNull();
        PathInsideRoot.Resolve(Content, "media/same/x").ShouldBe(Path.Combine(Content, "media", "figures", "x"));
    }

    [Fact]
    public void Dot_dot_after_a_link_is_taken_from_where_the_link_leads()
    {
        // media/deep -> ../../elsewhere/sub: 'media/deep/../x' is elsewhere/x on disk, not media/x.
        Directory.CreateDirectory(Path.Combine(_root, "elsewhere", "sub"));
        Directory.CreateSymbolicLink(Path.Combine(Content, "media", "deep"), Path.Combine(_root, "elsewhere", "sub"));
        PathInsideRoot.Resolve(Content, "media/deep/../x").ShouldBeNull();
    }

    [Fact]
    public void A_loop_of_links_is_refused_not_followed_forever()
    {
        Directory.CreateSymbolicLink(Path.Combine(Content, "media", "a"), Path.Combine(Content, "media", "b"));
        Directory.CreateSymbolicLink(Path.Combine(Content, "media", "b"), Path.Combine(Content, "media", "a"));
        PathInsideRoot.Resolve(Content, "media/a/x").ShouldBeNull();
    }

    [Fact]
    public void A_content_root_that_is_itself_a_link_is_fine()
    {
        var alias = Path.Combine(_root, "alias");
        Directory.CreateSymbolicLink(alias, Content);
        PathInsideRoot.Resolve(alias, "media/figures/a.svg").ShouldBe(Path.Combine(Content, "media", "figures", "a.svg"));
    }
}
