namespace GuideBuilder.Build;

/// <summary>Progress that goes nowhere (tests, --quiet).</summary>
public sealed class SilentProgress : IBuildProgress
{
    public static readonly SilentProgress Instance = new();

    public void Stage(string name)
    {
    }

    public void Done(string name, string detail)
    {
    }
}
