using GuideBuilder.Palette;

namespace GuideBuilder.Targets.Slides;

/// <summary>
/// Draws one <see cref="Slide"/> as the shapes of a PresentationML slide, in the look of the module pages: the
/// tab's brand colour as a band, its text shade for the kicker and bullets, dark text on white,
/// the guide's title at the foot. The cover's background is the tab's fill with white or ink text, whichever
/// reaches 4.5:1 (see <see cref="TabShades"/>).
/// </summary>
internal sealed class PptxSlideComposer(SlideDeck deck)
{
    private const double Margin = 0.6;
    private const double Width = PptxBox.SlideWidth - (2 * Margin);
    private readonly PptxText _text = new(deck.Language);
    private readonly string _brand = PptxColours.FromCss(deck.TabColor);
    private readonly string _tab = PptxColours.FromCss(TabShades.For(deck.TabColor).Text);
    private readonly string _fill = PptxColours.FromCss(TabShades.For(deck.TabColor).Fill);
    private readonly string _onFill = PptxColours.FromCss(TabShades.For(deck.TabColor).On);

    public PptxSlideContent Compose(Slide slide)
    {
        var shapes = new PptxShapes();
        IEnumerable<PptxShape> tree = slide.Kind switch
        {
            SlideKind.Cover => Cover(shapes, slide),
            SlideKind.Quote => Quote(shapes, slide),
            _ => List(shapes, slide),
        };
        // The cover's colour is the slide's background, not a shape, so that the master's shapes (the edition's label) show over it.
        return new PptxSlideContent(slide.Kind == SlideKind.Cover ? _fill : null, [.. tree]);
    }

    private IEnumerable<PptxShape> Cover(PptxShapes shapes, Slide slide)
    {
        yield return shapes.Text("Module number", new PptxBox(Margin, 1.2, Width, 0.6), [_text.Line(slide.Kicker, 24, _onFill, bold: true)], PptxAnchor.Bottom);
        yield return shapes.Text("Title", new PptxBox(Margin, 1.9, Width, 2.1), [_text.Line(slide.Title, 44, _onFill, bold: true)], PptxAnchor.Top, placeholder: PptxPlaceholder.Title);
        yield return shapes.Text("Summary", new PptxBox(Margin, 4.2, Width, 2.2), slide.Items.Select(item => _text.Line(item, 22, _onFill)), PptxAnchor.Top);
        yield return Footer(shapes, _onFill, $"{deck.GuideTitle} · {deck.Publisher}");
    }

    private IEnumerable<PptxShape> Quote(PptxShapes shapes, Slide slide)
    {
        yield return Band(shapes);
        yield return Kicker(shapes, slide.Title, isTitle: true);
        yield return shapes.Text("Quote", new PptxBox(Margin + 0.4, 1.2, Width - 0.8, 4.0), [_text.Line(slide.Items[0], 28, PptxColours.Text, italic: true)], PptxAnchor.Centre);
        var speaker = slide.Items.Skip(1).Select((line, i) => _text.Line(line, i == 0 ? 20 : 16, i == 0 ? _tab : PptxColours.Muted, bold: i == 0));
        yield return shapes.Text("Speaker", new PptxBox(Margin + 0.4, 5.4, Width - 0.8, 1.0), speaker, PptxAnchor.Top);
        yield return Footer(shapes, PptxColours.Muted, $"{deck.GuideTitle} · {deck.ModuleTitle}");
    }

    private IEnumerable<PptxShape> List(PptxShapes shapes, Slide slide)
    {
        yield return Band(shapes);
        yield return Kicker(shapes, slide.Kicker);
        yield return shapes.Text("Title", new PptxBox(Margin, 0.85, Width, 1.05), [_text.Line(slide.Title, 32, PptxColours.Text, bold: true)], PptxAnchor.Bottom, placeholder: PptxPlaceholder.Title);
        var points = slide.Items.Select((item, i) => slide.Numbered
            ? _text.Numbered(item, slide.FirstNumber + i, 20, PptxColours.Text, _tab)
            : _text.Bullet(item, 20, PptxColours.Text, _tab));
        var bodyHeight = slide.Foot is null ? 4.7 : 4.2;
        yield return shapes.Text("Points", new PptxBox(Margin, 2.1, Width, bodyHeight), points, PptxAnchor.Top);
        if (slide.Foot is { } foot)
        {
            yield return shapes.Text("Note", new PptxBox(Margin, 6.35, Width, 0.45), [_text.Line(foot, 14, PptxColours.Muted)], PptxAnchor.Top);
        }

        yield return Footer(shapes, PptxColours.Muted, $"{deck.GuideTitle} · {deck.ModuleTitle}");
    }

    private PptxShape Band(PptxShapes shapes) => shapes.Rectangle("Tab colour", new PptxBox(0, 0, PptxBox.SlideWidth, 0.18), _brand);

    /// <summary>The small line above the title; on a quote slide it is the slide's title ("Voices") and the quote its text.</summary>
    private PptxShape Kicker(PptxShapes shapes, string kicker, bool isTitle = false) =>
        shapes.Text("Kicker", new PptxBox(Margin, 0.4, Width, 0.4), [_text.Line(kicker, 14, _tab, bold: true)], PptxAnchor.Top, isTitle ? PptxPlaceholder.Title : null);

    private PptxShape Footer(PptxShapes shapes, string colour, string text) =>
        shapes.Text("Footer", new PptxBox(Margin, 6.95, Width, 0.35), [_text.Line(text, 10, colour)], PptxAnchor.Bottom);
}
