namespace GuideBuilder.Build;

/// <summary>Counts in progress lines and summaries: "1 textbook", "3 textbooks" (English words; the tool speaks English).</summary>
public static class Counts
{
    public static string Of(int count, string word) => $"{count} {word}{(count == 1 ? "" : "s")}";
}
