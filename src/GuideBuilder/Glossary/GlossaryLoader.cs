using GuideBuilder.Content;
using GuideBuilder.Diagnostics;

namespace GuideBuilder.Glossary;

/// <summary>Reads every language's glossary.yml and checks them against the source language's.</summary>
public static class GlossaryLoader
{
    /// <summary>The glossary page's folder in every edition (<c>&lt;lang&gt;/glossary/</c>): no module may take it as its slug.</summary>
    public const string Slug = "glossary";

    public static IReadOnlyDictionary<string, GlossaryFile> Load(ContentFolder folder, GuideSettings settings,
        IReadOnlyDictionary<string, IReadOnlyList<SourceModule>> modules, DiagnosticBag diagnostics)
    {
        var glossaries = new Dictionary<string, GlossaryFile>(StringComparer.Ordinal);
        foreach (var language in settings.Languages.Where(folder.DirectoryExists))
        {
            if (GlossaryReader.Read(folder, language, diagnostics) is { } glossary)
            {
                ReportDuplicateTerms(glossary, diagnostics);
                glossaries[language] = glossary;
            }
        }

        var source = glossaries.GetValueOrDefault(settings.DefaultLanguage);
        foreach (var (language, glossary) in glossaries.Where(g => g.Key != settings.DefaultLanguage))
        {
            ReportOrphans(glossary, source, settings.DefaultLanguage, diagnostics);
        }

        if (source is not null)
        {
            ReportSlugTaken(modules, diagnostics);
        }

        return glossaries;
    }

    private static void ReportOrphans(GlossaryFile glossary, GlossaryFile? source, string defaultLanguage, DiagnosticBag diagnostics)
    {
        var known = source?.Entries.Select(e => e.Id).ToList() ?? [];
        foreach (var orphan in glossary.Entries.Where(e => source?.Find(e.Id) is null))
        {
            diagnostics.Warning(orphan.Location, DiagnosticCodes.OrphanGlossaryEntry,
                $"no entry of {GlossaryFile.PathFor(defaultLanguage)} has the id '{orphan.Id}'; this entry is not published",
                known.Count > 0 ? DidYouMean.Hint(orphan.Id, known) : $"add the concept to {GlossaryFile.PathFor(defaultLanguage)} first");
        }
    }

    /// <summary>Two concepts with the same term would read as one on the glossary page: a warning, as the author may mean it.</summary>
    private static void ReportDuplicateTerms(GlossaryFile glossary, DiagnosticBag diagnostics)
    {
        foreach (var group in glossary.Entries.GroupBy(e => e.Term, StringComparer.InvariantCultureIgnoreCase).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.Warning(duplicate.Location, DiagnosticCodes.BadGlossaryEntry,
                    $"the term '{duplicate.Term}' is also the term of '{first.Id}' (at {first.Location})",
                    "give each concept its own term, or merge the two entries");
            }
        }
    }

    private static void ReportSlugTaken(IReadOnlyDictionary<string, IReadOnlyList<SourceModule>> modules, DiagnosticBag diagnostics)
    {
        foreach (var module in modules.Values.SelectMany(m => m).Where(m => m.Slug == Slug))
        {
            diagnostics.Error(module.IdLocation, DiagnosticCodes.GlossarySlugTaken,
                $"the module's slug '{Slug}' is the folder of the glossary page",
                "give the module another 'slug:' (or rename its file)");
        }
    }
}
