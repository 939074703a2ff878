using GuideBuilder.Build;
using GuideBuilder.Diagnostics;

namespace GuideBuilder.Tests.Support;

/// <summary>A copy of the mini fixture guide in a temporary folder, for tests that change content.</summary>
public sealed class TempGuide : IDisposable
{
    public TempGuide(string? from = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "guide-test-" + Guid.NewGuid().ToString("N")[..12]);
        Content = Path.Combine(Root, "content");
        Output = Path.Combine(Root, "out");
        CopyDirectory(from ?? RepoPaths.MiniFixture, Content);
    }

    public string Root { get; }

    public string Content { get; }

    public string Output { get; }

    public string PathOf(string relative) => Path.Combine(Content, relative.Replace('/', Path.DirectorySeparatorChar));

    public TempGuide Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text.ReplaceLineEndings("\n"));
        return this;
    }

    public TempGuide WriteBytes(string relative, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllBytes(PathOf(relative), bytes);
        return this;
    }

    public TempGuide Replace(string relative, string oldText, string newText)
    {
        var text = File.ReadAllText(PathOf(relative));
        if (!text.Contains(oldText, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{oldText}' is not in {relative}");
        }

        return Write(relative, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public TempGuide Delete(string relative)
    {
        File.Delete(PathOf(relative));
        return this;
    }

    public BuildOptions Options(params string[] formats) => new()
    {
        ContentDirectory = Content,
        OutputDirectory = Output,
        Formats = formats.Length > 0 ? formats : ["site", "ebox"],
        ThemeDirectory = RepoPaths.Theme,
        UiStringsDirectory = RepoPaths.UiStrings,
    };

    public IReadOnlyList<Diagnostic> Check()
    {
        var diagnostics = new DiagnosticBag();
        GuidePreparation.Prepare(Options(), diagnostics, SilentProgress.Instance);
        return diagnostics.Items;
    }

    public BuildResult Build(params string[] formats) => new GuideBuild(SilentProgress.Instance, new GuideBuilder.Targets.Pdf.ChromiumPdfProducer()).Run(Options(formats));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    public static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
