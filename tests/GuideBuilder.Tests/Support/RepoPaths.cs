namespace GuideBuilder.Tests.Support;

/// <summary>Paths of the repository the tests run in.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleContent => Path.Combine(Root, "guide-content");

    public static string MiniFixture => Path.Combine(Root, "tests", "GuideBuilder.Tests", "Fixtures", "mini");

    public static string Approved => Path.Combine(Root, "tests", "GuideBuilder.Tests", "Approved");

    public static string Theme => Path.Combine(Root, "themes", "default");

    public static string UiStrings => Path.Combine(Root, "translations");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GuideBuilder.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("GuideBuilder.sln not found above the test folder");
    }
}
