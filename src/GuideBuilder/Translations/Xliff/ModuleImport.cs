namespace GuideBuilder.Translations.Xliff;

/// <summary>A translation file an import will write, and what to tell the user about it.</summary>
public sealed record ModuleImport(string RelativePath, string Text, int Translated, int ForReview, int Untranslated, bool Created);
