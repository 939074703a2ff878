using GuideBuilder.Targets.Html;

namespace GuideBuilder.Targets;

/// <summary>The files both HTML targets copy: theme assets, the media the pages use, and downloads.</summary>
public static class SharedFiles
{
    public static IEnumerable<OutputFile> For(TargetContext context, params HtmlAddresses[] addresses)
    {
        foreach (var asset in context.Theme.AssetFiles)
        {
            yield return OutputFile.Copy(Addressing.ThemeFile(asset), context.Theme.AssetPath(asset));
        }

        foreach (var media in addresses.SelectMany(a => a.UsedAssets).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            yield return OutputFile.Copy(Addressing.AssetFile(media), context.Content.CopySource(media));
        }

        foreach (var download in context.Downloads)
        {
            yield return OutputFile.Copy(Addressing.DownloadFile(download.FileName), download.SourcePath);
        }
    }
}
