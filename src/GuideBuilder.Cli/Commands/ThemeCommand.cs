using System.CommandLine;
using GuideBuilder.Cli.Output;
using GuideBuilder.Content;
using GuideBuilder.Theme;

namespace GuideBuilder.Cli.Commands;

/// <summary><c>guide theme</c>: start a guide's own theme from the default one.</summary>
internal static class ThemeCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("theme", """
            Work on the guide's own theme. Files in a theme/ folder beside guide.yml override the
            default theme's file of the same path (layouts, partials, CSS, JavaScript, images, fonts);
            every other file still comes from the default theme. docs/theme.md lists what templates can use.

            Examples:
              guide theme eject partials/footer.sbn-html
              guide theme eject assets/guide.css layouts
            """);
        command.Subcommands.Add(Eject(console));
        return command;
    }

    private static Command Eject(CliConsole console)
    {
        var content = CommonOptions.Content();
        var theme = CommonOptions.Theme();
        var force = new Option<bool>("--force") { Description = "Replace files that are already in theme/." };
        var files = new Argument<string[]>("FILE") { Description = "Theme files or folders to copy, e.g. partials/footer.sbn-html or layouts. Default: every file.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("eject", """
            Copy files of the default theme into theme/ beside guide.yml, to change them there.
            A file already in theme/ is left as it is unless --force is given. Copy only what you
            change: the other files keep coming from the default theme as it improves.

            Examples:
              guide theme eject partials/footer.sbn-html          the footer of every page
              guide theme eject assets/guide.css                  the stylesheet
              guide theme eject layouts --content my-guide        every layout of my-guide's theme
              guide theme eject partials/footer.sbn-html --force  start the footer again from the default
            """) { files, content, theme, force };
        command.SetAction(parse =>
        {
            var folder = new ContentFolder(parse.GetValue(content)!);
            if (!folder.FileExists(GuideSettingsReader.FileName))
            {
                console.Error($"guide: {folder.DisplayPath(GuideSettingsReader.FileName)} does not exist; give the guide's folder with --content");
                return GuideCli.UsageError;
            }

            var baseTheme = ThemeLocator.ThemeFolder(parse.GetValue(theme), folder.Root);
            var result = ThemeEjector.Eject(baseTheme, folder.Root, parse.GetValue(files) ?? [], parse.GetValue(force));
            foreach (var unknown in result.Unknown)
            {
                console.Error($"guide: the theme has no file or folder '{unknown}'; {DidYouMean.Hint(unknown, result.Available)}");
            }

            if (result.Unknown.Count > 0)
            {
                return GuideCli.UsageError;
            }

            foreach (var file in result.Copied)
            {
                console.Line($"Copied {folder.DisplayPath($"{ThemeLocator.OverrideFolder}/{file}")}");
            }

            foreach (var file in result.Kept)
            {
                console.Error($"guide: {folder.DisplayPath($"{ThemeLocator.OverrideFolder}/{file}")} exists; it was left as it is (--force replaces it)");
            }

            foreach (var file in result.LeavingContent)
            {
                console.Error($"guide: {folder.DisplayPath($"{ThemeLocator.OverrideFolder}/{file}")} leads outside the content folder through a symbolic link; it was not written");
            }

            return result.Kept.Count > 0 || result.LeavingContent.Count > 0 ? GuideCli.ContentErrors : GuideCli.Success;
        });
        return command;
    }
}
