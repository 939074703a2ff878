namespace GuideBuilder.Model;

public static class TranslationStateExtensions
{
    /// <summary>The edition shows the source-language module, with a notice, instead of this translation.</summary>
    public static bool ShowsSource(this TranslationState state) => state is TranslationState.Missing or TranslationState.InProgress;
}
