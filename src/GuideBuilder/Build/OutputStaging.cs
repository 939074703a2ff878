using System.Text;
using GuideBuilder.Targets;

namespace GuideBuilder.Build;

/// <summary>
/// Writes a build into <c>out/.staging/</c> and swaps each finished format into place only when
/// the whole build succeeded, so a failed build leaves the previous output untouched.
/// </summary>
public sealed class OutputStaging : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public OutputStaging(string outputDirectory)
    {
        OutputDirectory = Path.GetFullPath(outputDirectory);
        StagingDirectory = Path.Combine(OutputDirectory, ".staging");
        RemoveWorkFolders(); // what an interrupted build left behind
        Directory.CreateDirectory(StagingDirectory);
    }

    public string OutputDirectory { get; }

    public string StagingDirectory { get; }

    public string StagedPath(string format) => Path.Combine(StagingDirectory, format);

    /// <summary>A folder for intermediate files that the formats copy from (slide decks); never moved into out/.</summary>
    public string ScratchPath(string name) => Path.Combine(OutputDirectory, ".scratch", name);

    public BuiltOutput Write(string format, IReadOnlyList<OutputFile> files)
    {
        var root = StagedPath(format);
        Parallel.ForEach(files, file =>
        {
            var path = Path.Combine(root, file.Path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (file.Text is not null)
            {
                File.WriteAllText(path, file.Text, Utf8);
            }
            else
            {
                File.Copy(file.CopyFrom!, path, overwrite: true);
            }
        });
        return Describe(format);
    }

    public BuiltOutput Describe(string format)
    {
        var root = StagedPath(format);
        var all = Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories) : [];
        return new BuiltOutput(format, Path.Combine(OutputDirectory, format), all.Length, all.Sum(f => new FileInfo(f).Length));
    }

    /// <summary>Moves every staged format into out/, replacing the previous one.</summary>
    public void Commit()
    {
        foreach (var staged in Directory.GetDirectories(StagingDirectory))
        {
            var target = Path.Combine(OutputDirectory, Path.GetFileName(staged));
            var old = target + ".old";
            if (Directory.Exists(old))
            {
                Directory.Delete(old, recursive: true);
            }

            if (Directory.Exists(target))
            {
                Directory.Move(target, old);
            }

            Directory.Move(staged, target);
            if (Directory.Exists(old))
            {
                Directory.Delete(old, recursive: true);
            }
        }
    }

    public void Dispose() => RemoveWorkFolders();

    private void RemoveWorkFolders()
    {
        foreach (var folder in new[] { StagingDirectory, Path.Combine(OutputDirectory, ".scratch") })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
