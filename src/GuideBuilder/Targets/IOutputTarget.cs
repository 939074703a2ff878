namespace GuideBuilder.Targets;

/// <summary>One output of the build (site, E-box...): turns the document model into files under out/&lt;Name&gt;/.</summary>
public interface IOutputTarget
{
    string Name { get; }

    IReadOnlyList<OutputFile> Render(TargetContext context);
}
