using System.Text;

namespace GuideBuilder.Theme;

/// <summary>
/// The StringBuilder each thread renders its pages into, used again page after page. After a render
/// Scriban empties its output (<c>Length = 0</c>), and emptying a builder of many chunks allocates
/// one array as long as the whole page: a large object for every page of a big guide, which only a
/// full collection frees. A builder used again is a single chunk after its first page, and emptying
/// it allocates nothing; neither does writing a page no longer than the ones before.
/// </summary>
internal static class PageBuilders
{
    /// <summary>A builder grown larger than this (characters) by an exceptional page is let go rather than kept.</summary>
    private const int LargestKept = 1 << 21;

    [ThreadStatic]
    private static StringBuilder? s_free;

    /// <summary>This thread's builder, empty; a render inside a render gets a new one.</summary>
    public static StringBuilder Rent()
    {
        var builder = s_free ?? new StringBuilder();
        s_free = null;
        return builder;
    }

    public static void Return(StringBuilder builder)
    {
        if (builder.Capacity <= LargestKept)
        {
            builder.Clear();
            s_free = builder;
        }
    }
}
