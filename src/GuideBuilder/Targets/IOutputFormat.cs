namespace GuideBuilder.Targets;

/// <summary>
/// One output of <c>guide build</c> (site, ebox, pdf, slides, packages...), registered in
/// <see cref="OutputFormats"/>. The build runs the formats asked for and those they need, each
/// after the formats whose files it takes, and commits them to out/ together.
/// </summary>
public interface IOutputFormat
{
    /// <summary>The name in <c>--formats</c> and, when it publishes, its folder under out/.</summary>
    string Name { get; }

    /// <summary>One line for <c>guide build --help</c>.</summary>
    string Description { get; }

    /// <summary>The progress stage it reports ("Writing site").</summary>
    string Stage { get; }

    /// <summary>Formats always built before this one when it is built (the E-box needs the slide decks it offers).</summary>
    IReadOnlyList<string> Needs { get; }

    /// <summary>Formats whose files it offers when they are built too, so built before it, but not built for it (the E-box embeds the PDFs if they are made).</summary>
    IReadOnlyList<string> Uses { get; }

    /// <summary>Formats whose building brings this one along (the E-box zip in packages/ comes with every E-box).</summary>
    IReadOnlyList<string> BuiltWith { get; }

    FormatResult Produce(FormatContext context);
}
