using GuideBuilder.Targets;

namespace GuideBuilder.Tests.Targets;

/// <summary>The output formats as plug-ins: the registry orders them by what they need and use, and refuses a broken registration.</summary>
public sealed class FormatRegistryTests
{
    private static readonly FormatRegistry Standard = OutputFormats.Standard(null);

    private static List<string> Plan(params string[] selected) => [.. Standard.Plan(selected).Select(f => f.Name)];

    [Fact]
    public void The_standard_formats_are_registered_without_cycles_or_unknown_needs()
    {
        Standard.Names.ShouldBe(["pdf", "slides", "epub", "site", "ebox", "packages"], ignoreOrder: true);
    }

    [Fact]
    public void Every_format_comes_after_what_it_needs_and_uses()
    {
        var order = Plan([.. Standard.Names]);
        foreach (var format in Standard.All)
        {
            foreach (var before in format.Needs.Concat(format.Uses))
            {
                order.IndexOf(before).ShouldBeLessThan(order.IndexOf(format.Name), $"{before} before {format.Name}");
            }
        }
    }

    [Fact]
    public void The_default_build_runs_in_the_order_it_always_had()
    {
        Plan("site", "ebox", "pdf").ShouldBe(["pdf", "slides", "site", "ebox", "packages"]);
    }

    [Fact]
    public void The_ebox_alone_brings_its_decks_and_its_zip_but_no_pdf()
    {
        Plan("ebox").ShouldBe(["slides", "ebox", "packages"]);
    }

    [Fact]
    public void The_packages_alone_bring_the_ebox_they_zip()
    {
        Plan("packages").ShouldBe(["slides", "ebox", "packages"]);
    }

    [Fact]
    public void The_epub_comes_after_the_pdf_it_takes_its_page_numbers_from_but_does_not_bring_it()
    {
        Plan("epub", "pdf").ShouldBe(["pdf", "epub"]);
        Plan("epub").ShouldBe(["epub"]);
    }

    [Fact]
    public void The_pdf_alone_is_only_the_pdf()
    {
        Plan("pdf").ShouldBe(["pdf"]);
    }

    [Fact]
    public void A_cycle_is_a_programming_error()
    {
        Should.Throw<InvalidOperationException>(() => new FormatRegistry([new Fake("a", needs: ["b"]), new Fake("b", uses: ["a"])]))
            .Message.ShouldContain("cycle");
    }

    [Fact]
    public void An_unknown_need_is_a_programming_error()
    {
        Should.Throw<InvalidOperationException>(() => new FormatRegistry([new Fake("epub", needs: ["html"])]))
            .Message.ShouldContain("html");
    }

    [Fact]
    public void Two_formats_with_one_name_are_a_programming_error()
    {
        Should.Throw<InvalidOperationException>(() => new FormatRegistry([new Fake("site"), new Fake("site")]));
    }

    [Fact]
    public void A_new_format_plugs_in_with_its_own_needs()
    {
        var registry = new FormatRegistry([.. Standard.All, new Fake("iso", needs: ["ebox"], builtWith: [])]);
        registry.Plan(["iso"]).Select(f => f.Name).ShouldBe(["slides", "ebox", "packages", "iso"]);
    }

    private sealed class Fake(string name, string[]? needs = null, string[]? uses = null, string[]? builtWith = null) : IOutputFormat
    {
        public string Name => name;

        public string Description => name;

        public string Stage => name;

        public IReadOnlyList<string> Needs => needs ?? [];

        public IReadOnlyList<string> Uses => uses ?? [];

        public IReadOnlyList<string> BuiltWith => builtWith ?? [];

        public FormatResult Produce(FormatContext context) => FormatResult.Nothing;
    }
}
