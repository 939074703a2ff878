using GuideBuilder.Diagnostics;

namespace GuideBuilder.Theme;

/// <summary>A template failed while rendering (an unknown variable, member or partial): the build reports it as an error at the template's line.</summary>
public sealed class ThemeRenderException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;

    /// <summary>The theme failure inside <paramref name="error"/>, also from inside a parallel render.</summary>
    public static ThemeRenderException? Find(Exception error) => error switch
    {
        ThemeRenderException theme => theme,
        AggregateException all => all.Flatten().InnerExceptions.Select(Find).FirstOrDefault(e => e is not null),
        _ => error.InnerException is { } inner ? Find(inner) : null,
    };
}
