using System.Text.RegularExpressions;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Fuzz;

/// <summary>One generated guide in a temporary folder, built with the command line in-process.</summary>
internal sealed partial class FuzzCase
{
    private readonly string _root;
    private readonly string[] _formats;

    private FuzzCase(int seed, string[] formats)
    {
        Guide = new GeneratedGuide(seed);
        _formats = formats;
        _root = Path.Combine(Path.GetTempPath(), $"guide-fuzz-{seed}-{Guid.NewGuid():N}"[..40]);
        Guide.WriteTo(PathOf("content"));
    }

    public GeneratedGuide Guide { get; }

    public string PathOf(string relative) => Path.Combine(_root, relative);

    /// <summary>Runs one case; the failure, with the seed and where its content was kept, or null.</summary>
    public static string? Run(int seed, string[] formats, Func<FuzzCase, string?> check)
    {
        var run = new FuzzCase(seed, formats);
        string? failure;
        try
        {
            failure = check(run);
        }
        catch (Exception error)
        {
            failure = "unhandled exception: " + error;
        }

        if (failure is null)
        {
            Directory.Delete(run._root, recursive: true);
            return null;
        }

        var kept = Path.Combine(Path.GetTempPath(), "guide-fuzz-failures", seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Directory.Exists(kept))
        {
            Directory.Delete(kept, recursive: true);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
        Directory.Move(run.PathOf("content"), kept);
        Directory.Delete(run._root, recursive: true);
        var shown = failure.Length > 3000 ? failure[..3000] + "..." : failure;
        return $"seed {seed} ({(run.Guide.Tidy ? "tidy" : "untidy")}, {run.Guide.ModuleCount} modules; content kept in {kept}; GUIDE_FUZZ_SEED={seed} runs it alone):\n{shown}";
    }

    /// <summary>Every third guide is built as the trainer edition (facilitator notes in every output).</summary>
    public (int Code, string Printed, string? Problem) Build(string output) =>
        Run(["build", "--content", PathOf("content"), "--out", PathOf(output), "--formats", string.Join(',', _formats), .. Guide.Seed % 3 == 0 ? ["--trainer"] : Array.Empty<string>()]);

    public (int Code, string Printed, string? Problem) Check() => Run(["check", "--content", PathOf("content")]);

    private static (int Code, string Printed, string? Problem) Run(string[] arguments)
    {
        var (code, printed, errors) = CliRunner.Run(arguments);
        var all = printed + errors;
        var problem = code is not (0 or 1) ? $"exit code {code}:\n{all}"
            : StackTrace().IsMatch(all) ? $"a stack trace was printed:\n{all}"
            : null;
        return (code, all, problem);
    }

    /// <summary>The first file that differs between two output folders, or null when they are the same bytes.</summary>
    public static string? FirstDifference(string first, string second)
    {
        string[] Files(string root) => [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];
        var left = Files(first);
        var right = Files(second);
        if (!left.SequenceEqual(right))
        {
            return $"the two builds wrote different files: {string.Join(", ", left.Except(right).Concat(right.Except(left)).Take(5))}";
        }

        return left.FirstOrDefault(f => !File.ReadAllBytes(Path.Combine(first, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, f))))
            is { } differing ? $"building twice gave different bytes in {differing}" : null;
    }

    [GeneratedRegex(@"Unhandled exception|^\s+at [\w.<>`]+[.(]", RegexOptions.Multiline)]
    private static partial Regex StackTrace();
}
