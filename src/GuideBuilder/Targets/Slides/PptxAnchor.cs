namespace GuideBuilder.Targets.Slides;

/// <summary>Where a text box holds its text, as DrawingML writes it (<c>anchor="t|ctr|b"</c>).</summary>
internal enum PptxAnchor
{
    Top,
    Centre,
    Bottom,
}
