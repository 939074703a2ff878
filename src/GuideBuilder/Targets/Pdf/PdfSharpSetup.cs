namespace GuideBuilder.Targets.Pdf;

/// <summary>PDFsharp's process-wide setting: the font resolver (PDFsharp finds no fonts on Linux by itself).</summary>
public static class PdfSharpSetup
{
    private static readonly Lazy<bool> Done = new(() =>
    {
        SystemFontResolver.Install();
        return true;
    });

    public static void Ensure() => _ = Done.Value;
}
