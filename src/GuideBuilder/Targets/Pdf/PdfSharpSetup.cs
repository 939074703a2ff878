namespace GuideBuilder.Targets.Pdf;

/// <summary>PDFsharp's process-wide settings: its AGPL licence (GuideBuilder is AGPL too) and the font resolver.</summary>
public static class PdfSharpSetup
{
    private static readonly Lazy<bool> Done = new(() =>
    {
        PdfSharp.PdfSharpLicense.SetAgplLicense();
        SystemFontResolver.Install();
        return true;
    });

    public static void Ensure() => _ = Done.Value;
}
