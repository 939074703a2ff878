using System.Diagnostics;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Pdf;

/// <summary>
/// <c>guide build</c> as its own process, stopped while Chromium prints: the browser and its
/// profile must go with it. The build gets a temporary folder of its own (TMPDIR), so its
/// browser is the one whose command line names that folder.
/// </summary>
public sealed class BrowserLifetimeTests : IDisposable
{
    private const string ProfilePrefix = "guidebuilder-chromium-";
    private readonly string _temp = Directory.CreateTempSubdirectory("guide-browser-life-").FullName;

    [Theory]
    [InlineData("TERM", 143)]
    [InlineData("INT", 130)]
    [InlineData("HUP", 129)]
    public async Task A_build_stopped_by_a_signal_while_printing_leaves_no_browser_and_no_profile(string signal, int exitCode)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var build = StartBuild(RepoPaths.SampleContent);
        await WaitForPrintingAsync(build);
        ExternalTool.Run("kill", "-" + signal, build.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Code.ShouldBe(0);
        await build.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

        build.ExitCode.ShouldBe(exitCode, "the signal stopped the build before it finished printing");
        BrowserProcesses().ShouldBeEmpty();
        Profiles().ShouldBeEmpty();
        Directory.EnumerateDirectories(_temp, "guidebuilder-print-*").ShouldBeEmpty("the print HTML's work folder goes too");
    }

    [Fact]
    public async Task A_killed_build_takes_its_browser_with_it_and_the_next_build_removes_the_profile_it_left()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using (var build = StartBuild(RepoPaths.SampleContent))
        {
            await WaitForPrintingAsync(build);
            build.Kill(); // SIGKILL of the build alone: no handler of ours runs
            await build.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }

        var clock = Stopwatch.StartNew();
        while (BrowserProcesses().Count > 0 && clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(100);
        }

        BrowserProcesses().ShouldBeEmpty("Chromium quits when the build's end of its DevTools pipe closes");
        Profiles().ShouldNotBeEmpty("SIGKILL gives the build no chance to remove it");

        using var next = StartBuild(RepoPaths.MiniFixture, "--lang", "en");
        await next.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        next.ExitCode.ShouldBe(0);
        Profiles().ShouldBeEmpty();
    }

    private Process StartBuild(string content, params string[] more)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "guide.dll"));
        foreach (var argument in new[] { "build", "--content", content, "--formats", "pdf", "--out", Path.Combine(_temp, "out") }.Concat(more))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TMPDIR"] = _temp;
        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    /// <summary>Waits until the build's browser runs, and a moment more, so that it is printing.</summary>
    private async Task WaitForPrintingAsync(Process build)
    {
        var clock = Stopwatch.StartNew();
        while (BrowserProcesses().Count == 0)
        {
            build.HasExited.ShouldBeFalse("the build ended before its browser started");
            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), "the browser did not start");
            await Task.Delay(100);
        }

        await Task.Delay(1500);
        build.HasExited.ShouldBeFalse("the build must still be printing");
    }

    private List<string> Profiles() =>
        [.. Directory.EnumerateDirectories(_temp, ProfilePrefix + "*")];

    /// <summary>The processes whose command line names a profile in this test's temporary folder.</summary>
    private List<int> BrowserProcesses()
    {
        var found = new List<int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(folder, "cmdline")).Contains("--user-data-dir=" + Path.Combine(_temp, ProfilePrefix), StringComparison.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked.
            }
        }

        return found;
    }

    public void Dispose()
    {
        foreach (var pid in BrowserProcesses())
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
            }
            catch (ArgumentException)
            {
                // Gone already.
            }
        }

        Directory.Delete(_temp, recursive: true);
    }
}
