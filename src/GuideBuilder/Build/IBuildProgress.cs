namespace GuideBuilder.Build;

/// <summary>How a build reports what it is doing, for progress bars or plain log lines.</summary>
public interface IBuildProgress
{
    void Stage(string name);

    void Done(string name, string detail);
}
