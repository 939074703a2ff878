namespace GuideBuilder.Build;

/// <summary>How a build reports what it is doing, for progress bars or plain log lines.</summary>
public interface IBuildProgress
{
    void Stage(string name);

    void Done(string name, string detail);

    /// <summary>Something the user should see now, outside any stage (a build waiting for another).</summary>
    void Notice(string message)
    {
    }

    /// <summary>Where a stage's time went, step by step; shown only with --verbose.</summary>
    void Timing(string name, string detail)
    {
    }
}
