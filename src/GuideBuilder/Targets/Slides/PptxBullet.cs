namespace GuideBuilder.Targets.Slides;

/// <summary>A list point's marker in <paramref name="Colour"/>: a bullet, or the number <paramref name="Number"/> ("1.") when set.</summary>
internal sealed record PptxBullet(string Colour, int? Number = null);
