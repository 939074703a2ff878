namespace GuideBuilder.Tests.Support;

/// <summary>Runs epubcheck (Debian package epubcheck) on a book: the jar directly, as Debian's wrapper needs binfmt.</summary>
public static class EpubCheck
{
    public const string Jar = "/usr/share/java/epubcheck.jar";

    public static string Run(string epub)
    {
        File.Exists(Jar).ShouldBeTrue($"epubcheck is missing ({Jar}): run 'bash .ci/install-deps'");
        var (code, output) = ExternalTool.Run("java", "-jar", Jar, epub);
        code.ShouldBe(0, output);
        return output;
    }
}
