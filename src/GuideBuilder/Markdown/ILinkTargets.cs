namespace GuideBuilder.Markdown;

/// <summary>What links in one language edition can point at: its modules and their anchors.</summary>
public interface ILinkTargets
{
    /// <summary>The module a file name means in this edition (its own file or the source language's).</summary>
    LinkTarget? FindModule(string fileName);

    IEnumerable<string> FileNames { get; }

    /// <summary>A module file that exists but could not be read: it has an error of its own.</summary>
    bool IsUnreadable(string fileName);
}
