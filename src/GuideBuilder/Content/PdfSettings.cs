namespace GuideBuilder.Content;

/// <summary>The <c>pdf:</c> section of guide.yml.</summary>
public sealed record PdfSettings(string PageSize, string Edition)
{
    public static readonly PdfSettings Default = new("A4", "digital");
}
