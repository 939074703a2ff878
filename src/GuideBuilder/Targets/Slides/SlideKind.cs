namespace GuideBuilder.Targets.Slides;

/// <summary>How a slide is laid out.</summary>
public enum SlideKind
{
    /// <summary>The module's opening slide, on its tab colour.</summary>
    Cover,

    /// <summary>One Voice: titled "Voices"; the items are the quote, the speaker's name, and role and country.</summary>
    Quote,

    /// <summary>A title over a list of points.</summary>
    List,
}
