using System.Text.RegularExpressions;
using GuideBuilder.Diagnostics;

namespace GuideBuilder.Content;

/// <summary>Reads one module file: front matter fields, checked against the contract, and the body.</summary>
public sealed partial class ModuleReader(GuideSettings settings, MediaResolver media, DiagnosticBag diagnostics)
{
    public SourceModule? Read(string relativePath, string displayPath, string language, string text)
    {
        var split = FrontMatter.Split(text, displayPath, diagnostics);
        if (split is null)
        {
            return null;
        }

        var root = YamlText.ParseMapping(split.Yaml, displayPath, FrontMatter.YamlLineOffset, diagnostics, "the front matter");
        if (root is null)
        {
            return null;
        }

        var fields = new YamlFields(root, displayPath, FrontMatter.YamlLineOffset, diagnostics, "the front matter");
        fields.RejectUnknownKeys(ContentVocabulary.ModuleKeys);
        var kind = ReadKind(fields);
        var isModule = kind == ModuleKind.Module;
        var id = fields.String("id", required: true);
        var number = fields.Int("module", required: isModule);
        var title = fields.String("title", required: true);
        var tab = ReadTab(fields, required: isModule);
        var fileName = Path.GetFileName(relativePath);

        if (id is not null && !IdPattern().IsMatch(id))
        {
            diagnostics.Error(fields.LocationOf("id"), DiagnosticCodes.InvalidValue, $"id '{id}' must be lowercase letters, digits and hyphens",
                "ids are stable names used in links and across languages, e.g. legal-framework");
        }

        // The slug becomes a folder of the site and the E-box: nothing that could leave out/ or that a USB stick cannot hold.
        var slug = fields.String("slug");
        if (slug is not null && PortableFileName.SlugProblem(slug) is { } problem)
        {
            diagnostics.Error(fields.ValueLocationOf("slug"), DiagnosticCodes.InvalidValue, $"slug '{slug}' {problem}",
                $"the slug is the page's folder in the web address, e.g. '{PortableFileName.SuggestSlug(slug)}'; leave it out to use the file name");
            return null;
        }

        if (slug is null && !FileNameMakesSlug(fileName, displayPath))
        {
            return null;
        }

        if (number is < 1 or > 99)
        {
            diagnostics.Error(fields.ValueLocationOf("module"), DiagnosticCodes.InvalidValue, $"module number {number} is not between 1 and 99",
                "number the modules 1, 2, 3... in the order of the book");
            return null;
        }

        if (id is null || title is null || (isModule && number is null))
        {
            return null;
        }

        return new SourceModule
        {
            Language = language,
            RelativePath = relativePath,
            FileName = fileName,
            Kind = kind,
            Id = id,
            Number = number ?? 0,
            Title = title,
            ShortTitle = fields.String("short-title"),
            TabColor = tab,
            TabWritten = fields.String("tab"),
            Slug = slug ?? Path.GetFileNameWithoutExtension(fileName),
            Summary = fields.String("summary"),
            Objectives = fields.StringList("objectives"),
            KeyMessages = fields.StringList("key-messages"),
            Voices = ReadVoices(fields, language),
            Exercises = ReadExercises(fields, language),
            Resources = ReadResources(fields, language),
            TranslationOf = fields.String("translation-of"),
            TeachingMinutes = ReadDuration(fields, "teaching-time"),
            Body = new LocatedText(split.Body, new SourceLocation(displayPath, split.BodyStartLine, 1)),
            IdLocation = fields.LocationOf("id"),
            NumberLocation = fields.Has("module") ? fields.LocationOf("module") : fields.LocationOf("id"),
            FrontMatter = split.Yaml,
        };
    }

    /// <summary>Without a 'slug:', the file name is the page's folder: it is held to the same rule as a written slug.</summary>
    private bool FileNameMakesSlug(string fileName, string displayPath)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        if (PortableFileName.SlugProblem(stem) is not { } problem)
        {
            return true;
        }

        diagnostics.Error(SourceLocation.File(displayPath), DiagnosticCodes.NonPortableFileName,
            $"the file name '{fileName}' cannot be the page's folder: without a 'slug:', the name {problem}",
            $"rename the file to '{PortableFileName.SuggestSlug(stem)}.md' (in every language), or give the module a 'slug:'");
        return false;
    }

    private ModuleKind ReadKind(YamlFields fields)
    {
        var kind = fields.String("kind") ?? "module";
        if (!ContentVocabulary.Kinds.Contains(kind))
        {
            diagnostics.Error(fields.LocationOf("kind"), DiagnosticCodes.InvalidValue, $"kind '{kind}' is not known",
                DidYouMean.Hint(kind, ContentVocabulary.Kinds));
        }

        return kind == "introduction" ? ModuleKind.Introduction : ModuleKind.Module;
    }

    private string? ReadTab(YamlFields fields, bool required)
    {
        var tab = fields.String("tab", required);
        if (tab is null)
        {
            return null;
        }

        if (settings.Tabs.TryGetValue(tab, out var color))
        {
            return color;
        }

        if (GuideSettingsReader.IsHexColor(tab))
        {
            return tab.ToLowerInvariant();
        }

        if (settings.IsPartial)
        {
            return null;
        }

        diagnostics.Error(fields.ValueLocationOf("tab"), DiagnosticCodes.UnknownTab, $"tab '{tab}' is not in the palette of guide.yml",
            settings.Tabs.Count > 0 ? DidYouMean.Hint(tab, settings.Tabs.Keys) : "define it under 'tabs:' in guide.yml, or write a colour as \"#rrggbb\"");
        return null;
    }

    private List<Voice> ReadVoices(YamlFields fields, string language) =>
        [.. fields.MappingList("voices", "a voice").Select(voice =>
        {
            voice.RejectUnknownKeys(ContentVocabulary.VoiceKeys);
            var name = voice.String("name", required: true) ?? "";
            var quote = voice.Markdown("quote", required: true) ?? new LocatedText("", voice.Location);
            return new Voice(name, voice.String("role") ?? "", voice.String("country") ?? "", quote, ReadMedia(voice, "photo", language));
        })];

    private List<Exercise> ReadExercises(YamlFields fields, string language)
    {
        var exercises = new List<Exercise>();
        var seen = new HashSet<string>();
        foreach (var exercise in fields.MappingList("exercises", "an exercise"))
        {
            exercise.RejectUnknownKeys(ContentVocabulary.ExerciseKeys);
            var id = exercise.String("id", required: true) ?? "";
            if (id.Length > 0 && !seen.Add(id))
            {
                diagnostics.Error(exercise.LocationOf("id"), DiagnosticCodes.DuplicateId, $"exercise id '{id}' is used twice in this module",
                    "give each exercise its own id");
            }

            var type = exercise.String("type", required: true) ?? "";
            if (type.Length > 0 && !ContentVocabulary.ExerciseTypes.Contains(type))
            {
                diagnostics.Error(exercise.LocationOf("type"), DiagnosticCodes.InvalidValue, $"exercise type '{type}' is not known",
                    DidYouMean.Hint(type, ContentVocabulary.ExerciseTypes));
            }

            exercises.Add(new Exercise(
                id,
                exercise.String("title", required: true) ?? "",
                type,
                exercise.String("duration") ?? "",
                exercise.StringList("objectives"),
                exercise.StringList("materials"),
                exercise.Markdown("instructions", required: true) ?? new LocatedText("", exercise.Location),
                exercise.Markdown("facilitator-notes"),
                ReadMedia(exercise, "handout", language))
            {
                Minutes = ReadDuration(exercise, "duration"),
            });
        }

        return exercises;
    }

    private List<Resource> ReadResources(YamlFields fields, string language)
    {
        var resources = new List<Resource>();
        foreach (var resource in fields.MappingList("resources", "a resource"))
        {
            resource.RejectUnknownKeys(ContentVocabulary.ResourceKeys);
            var type = resource.String("type", required: true) ?? "";
            if (type.Length > 0 && !ContentVocabulary.ResourceTypes.Contains(type))
            {
                diagnostics.Error(resource.LocationOf("type"), DiagnosticCodes.InvalidValue, $"resource type '{type}' is not known",
                    DidYouMean.Hint(type, ContentVocabulary.ResourceTypes));
            }

            var url = resource.String("url");
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"))
            {
                diagnostics.Error(resource.LocationOf("url"), DiagnosticCodes.InvalidValue, $"'{url}' is not a web address",
                    "write the full address, starting with https://");
                url = null;
            }
            else if (url is not null)
            {
                WebAddress.WarnIfMalformed(url, resource.ValueLocationOf("url"), diagnostics);
            }

            var file = ReadMedia(resource, "file", language);
            if (!resource.Has("url") && !resource.Has("file"))
            {
                diagnostics.Error(resource.Location, DiagnosticCodes.MissingField, "a resource needs a 'url', a 'file', or both",
                    "add 'url: https://...' or 'file: media/...'");
            }

            resources.Add(new Resource(resource.String("title", required: true) ?? "", type, url, file, resource.String("description") ?? ""));
        }

        return resources;
    }

    private int? ReadDuration(YamlFields fields, string key)
    {
        var written = fields.String(key);
        if (written is null)
        {
            return null;
        }

        var minutes = DurationText.Minutes(written);
        if (minutes is null)
        {
            diagnostics.Error(fields.ValueLocationOf(key), DiagnosticCodes.InvalidDuration, $"{key} '{written.Trim()}' is not a duration",
                $"write minutes or hours, up to {DurationText.MaximumMinutes / 60} h, e.g. {DurationText.AcceptedForms}");
        }

        return minutes;
    }

    private MediaReference? ReadMedia(YamlFields fields, string key, string language)
    {
        var written = fields.String(key);
        return written is null ? null : media.Resolve(written, language, fields.ValueLocationOf(key), diagnostics);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
