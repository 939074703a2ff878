using GuideBuilder.Targets.Html;

namespace GuideBuilder.Targets;

/// <summary>The files both HTML targets copy: theme assets, the media the pages use, and downloads.</summary>
public static class SharedFiles
{
    public static IEnumerable<OutputFile> For(TargetContext context, PlaceholderResolver resolver)
    {
        foreach (var asset in context.Theme.AssetFiles)
        {
            yield return OutputFile.Copy(Addressing.ThemeFile(asset), Path.Combine(context.Theme.Folder, "assets", asset));
        }

        foreach (var media in resolver.UsedAssets.Order(StringComparer.Ordinal))
        {
            yield return OutputFile.Copy(Addressing.AssetFile(media), context.Content.CopySource(media));
        }

        foreach (var download in context.Downloads)
        {
            yield return OutputFile.Copy(Addressing.DownloadFile(download.FileName), download.SourcePath);
        }
    }
}
