using GuideBuilder.Build;
using GuideBuilder.Diagnostics;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Build;

/// <summary>
/// Two builds into one out/ once mixed their files (the second deleted the first one's staging, and
/// a build said "Built" while out/site lacked en/): a build waits for the other one's lock.
/// </summary>
public sealed class OutputLockTests : IDisposable
{
    private readonly TempGuide _guide = new();

    public void Dispose() => _guide.Dispose();

    /// <summary>What another build holds while it writes.</summary>
    private FileStream HoldLock()
    {
        Directory.CreateDirectory(_guide.Output);
        return new FileStream(Path.Combine(_guide.Output, OutputLock.MarkerName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
    }

    [Fact]
    public void A_build_gives_up_with_a_clear_error_when_another_holds_out_too_long()
    {
        using var other = HoldLock();
        var result = new GuideBuild(SilentProgress.Instance).Run(_guide.Options("site") with { OutputLockTimeout = TimeSpan.FromSeconds(1) });
        result.Succeeded.ShouldBeFalse();
        var error = result.Diagnostics.Single(d => d.IsError);
        error.Code.ShouldBe(DiagnosticCodes.OutputBusy);
        error.Message.ShouldContain("another build is writing into");
        Directory.Exists(Path.Combine(_guide.Output, "site")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_build_says_it_waits_and_goes_on_when_the_other_finishes()
    {
        var other = HoldLock();
        var progress = new RecordingProgress();
        var release = Task.Run(async () =>
        {
            // Released only once the build has said it waits, however slow the machine is.
            await progress.FirstNotice.Task.WaitAsync(TimeSpan.FromSeconds(60));
            await other.DisposeAsync();
        });
        var result = await Task.Run(() => new GuideBuild(progress).Run(_guide.Options("site") with { OutputLockTimeout = TimeSpan.FromSeconds(60) }));
        await release;
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        progress.Notices.ShouldContain(n => n.StartsWith("waiting for another build into", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_builds_at_once_into_one_out_both_leave_a_whole_site()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 2)
            .Select(_ => Task.Run(() => new GuideBuild(SilentProgress.Instance).Run(_guide.Options("site", "ebox")))));
        foreach (var result in results)
        {
            result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        }

        Directory.Exists(Path.Combine(_guide.Output, "site", "en")).ShouldBeTrue();
        Directory.Exists(Path.Combine(_guide.Output, "site", "assets")).ShouldBeTrue();
        Directory.Exists(Path.Combine(_guide.Output, "ebox", "en")).ShouldBeTrue();
        Directory.Exists(Path.Combine(_guide.Output, ".staging")).ShouldBeFalse();
    }

    private sealed class RecordingProgress : IBuildProgress
    {
        public List<string> Notices { get; } = [];

        public TaskCompletionSource FirstNotice { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Stage(string name)
        {
        }

        public void Done(string name, string detail)
        {
        }

        public void Notice(string message)
        {
            lock (Notices)
            {
                Notices.Add(message);
            }

            FirstNotice.TrySetResult();
        }
    }
}
