using System.CommandLine;
using GuideBuilder.Cli.Output;
using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Markdown;

namespace GuideBuilder.Cli.Commands;

/// <summary><c>guide new</c>: start a module or a whole guide from a scaffold that builds as it is.</summary>
internal static class NewCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("new", """
            Create a new module or a new guide.

            Examples:
              guide new module --number 8 --id remittances --title "Remittances and savings" --tab blue
              guide new guide my-guide
            """);
        command.Subcommands.Add(Module(console));
        command.Subcommands.Add(Guide(console));
        return command;
    }

    private static Command Module(CliConsole console)
    {
        var content = CommonOptions.Content();
        var number = new Option<int?>("--number", "-n") { Description = "The module number (default: the next after the last module)." };
        var id = new Option<string?>("--id") { Description = "The stable id (default: from the title)." };
        var title = new Option<string>("--title", "-t") { Description = "The module title.", Required = true };
        var tab = new Option<string?>("--tab") { Description = "A palette name or #rrggbb (default: the first palette colour)." };
        var command = new Command("module", """
            Create a module in the default language, with every front-matter field explained.

            Examples:
              guide new module --title "Remittances and savings"                 the next number, id from the title
              guide new module --number 8 --id remittances --title "Remittances" --tab blue
            """) { content, number, id, title, tab };
        command.SetAction(parse =>
        {
            var folder = new ContentFolder(parse.GetValue(content)!);
            var diagnostics = new DiagnosticBag();
            var settingsText = folder.FileExists("guide.yml") ? folder.ReadText("guide.yml", diagnostics) : null;
            var settings = settingsText is null ? null : GuideSettingsReader.Read(settingsText, "guide.yml", diagnostics);
            if (settings is null)
            {
                console.Error($"guide: {folder.DisplayPath("guide.yml")} is missing or has errors; run 'guide check' (or 'guide new guide DIR' to start a guide)");
                return GuideCli.ContentErrors;
            }

            var moduleTitle = parse.GetValue(title)!;
            var moduleId = parse.GetValue(id) ?? Slugs.FromText(moduleTitle);
            var pages = ExistingPages(folder);
            var modules = pages.Where(m => m.Kind == ModuleKind.Module).ToList();
            var next = modules.Count == 0 ? 1 : modules.Max(m => m.Number) + 1;
            var moduleNumber = parse.GetValue(number) ?? next;
            if (modules.FirstOrDefault(m => m.Number == moduleNumber) is { } sameNumber)
            {
                console.Error($"guide: module {moduleNumber} is already {sameNumber.RelativePath}; the next free number is {next}");
                return GuideCli.UsageError;
            }

            if (pages.FirstOrDefault(m => m.Id == moduleId) is { } sameId)
            {
                console.Error($"guide: the id '{moduleId}' is already used by {sameId.RelativePath}; choose another with --id");
                return GuideCli.UsageError;
            }

            var moduleTab = parse.GetValue(tab) ?? settings.Tabs.Keys.FirstOrDefault() ?? GuideSettings.NeutralTab;
            if (!settings.Tabs.ContainsKey(moduleTab) && !GuideSettingsReader.IsHexColor(moduleTab))
            {
                console.Error($"guide: tab '{moduleTab}' is not in the palette; {DidYouMean.Hint(moduleTab, settings.Tabs.Keys)}");
                return GuideCli.UsageError;
            }

            var file = $"{settings.DefaultLanguage}/{moduleNumber:00}-{moduleId}.md";
            if (folder.FileExists(file))
            {
                console.Error($"guide: {folder.DisplayPath(file)} exists already; it was not overwritten");
                return GuideCli.ContentErrors;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(folder.FullPath(file))!);
            File.WriteAllText(folder.FullPath(file), Scaffolds.Module(moduleId, moduleNumber, moduleTitle, moduleTab));
            console.Line($"Created {folder.DisplayPath(file)}. Translators can start from it with 'guide translations new LANG {Path.GetFileNameWithoutExtension(file)}'.");
            return GuideCli.Success;
        });
        return command;
    }

    /// <summary>The default language's pages, to keep a new module's number and id free; none when the guide does not load (its errors are for 'guide check').</summary>
    private static IReadOnlyList<SourceModule> ExistingPages(ContentFolder folder) =>
        GuideLoader.Load(folder, Theme.ThemeLocator.UiStringsFolder(null, folder.Root), new DiagnosticBag())?.SourceModules ?? [];

    private static Command Guide(CliConsole console)
    {
        var directory = new Argument<string>("directory") { Description = "The new content folder." };
        var title = new Option<string>("--title") { Description = "The guide's title.", DefaultValueFactory = _ => "My training guide" };
        var command = new Command("guide", """
            Create a minimal guide: guide.yml, an introduction and a first module.

            Examples:
              guide new guide my-guide
              guide new guide my-guide --title "Labour migration: a training guide"
            """) { directory, title };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(directory)!;
            if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
            {
                console.Error($"guide: {root} exists and is not empty; choose a new folder");
                return GuideCli.ContentErrors;
            }

            Directory.CreateDirectory(Path.Combine(root, "en"));
            Directory.CreateDirectory(Path.Combine(root, "media"));
            File.WriteAllText(Path.Combine(root, "guide.yml"), Scaffolds.GuideYml(parse.GetValue(title)!));
            File.WriteAllText(Path.Combine(root, "en", "00-introduction.md"), Scaffolds.Introduction);
            File.WriteAllText(Path.Combine(root, "en", "01-first-module.md"), Scaffolds.Module("first-module", 1, "First module", "blue"));
            console.Line($"Created a guide in {root}. Build it with: guide build --content {root}");
            return GuideCli.Success;
        });
        return command;
    }
}
