using GuideBuilder.Targets.Html;

namespace GuideBuilder.Targets.Ebox;

/// <summary>
/// The offline edition for CD-ROM and USB sticks: opened by double-clicking index.html, so every
/// link is relative and names its file, and nothing is loaded from outside the folder.
/// </summary>
public sealed class EboxTarget : IOutputTarget
{
    public string Name => "ebox";

    public IReadOnlyList<OutputFile> Render(TargetContext context)
    {
        var renderer = new HtmlPageRenderer(context, new HtmlTargetOptions(Name, PrettyUrls: false, BaseUrl: null));
        var addresses = new HtmlAddresses(context.Document, renderer.Addressing);
        var files = renderer.RenderAll(addresses).ToList();
        files.AddRange(SharedFiles.For(context, addresses));
        return files;
    }
}
