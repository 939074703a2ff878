using GuideBuilder.Content;
using GuideBuilder.Model;
using GuideBuilder.Theme;

namespace GuideBuilder.Build;

/// <summary>A guide loaded, checked and turned into its document model, ready for the targets.</summary>
public sealed record PreparedGuide(LoadedGuide Loaded, GuideDocument Document, ThemeTemplates Theme);
