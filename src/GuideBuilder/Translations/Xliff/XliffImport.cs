using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Glossary;

namespace GuideBuilder.Translations.Xliff;

/// <summary>
/// Checks translated XLIFF files against the current source and makes the translation files they
/// give. Nothing is written here: the caller writes every file or, when any error was reported, none.
/// </summary>
public sealed class XliffImport(LoadedGuide guide, DiagnosticBag diagnostics, bool partial)
{
    private readonly HashSet<(string Language, string Module)> _seen = [];

    public List<ModuleImport> Plan(IEnumerable<ImportedModule> modules)
    {
        var plans = new List<ModuleImport>();
        foreach (var module in modules)
        {
            var plan = module.IsGlossary
                ? CheckGlossary(module) is { } glossary ? ImportGlossary(module, glossary) : null
                : Check(module) is { } source ? Import(module, source) : null;
            if (plan is not null)
            {
                plans.Add(plan);
            }
        }

        return plans;
    }

    private SourceModule? Check(ImportedModule module)
    {
        var settings = guide.Settings;
        if (!LanguagesFit(module))
        {
            return null;
        }

        var source = guide.SourceModules.FirstOrDefault(m => m.Id == module.ModuleId);
        if (source is null)
        {
            diagnostics.Error(module.At, DiagnosticCodes.XliffUnknownUnit, $"the module '{module.ModuleId}' is no longer in the {settings.DefaultLanguage} guide",
                DidYouMean.Hint(module.ModuleId, guide.SourceModules.Select(m => m.Id)));
            return null;
        }

        if (!_seen.Add((module.TargetLanguage, module.ModuleId)))
        {
            diagnostics.Error(module.At, DiagnosticCodes.XliffDuplicate, $"the {module.TargetLanguage} translation of '{module.ModuleId}' is given twice",
                "import one file per module and language");
            return null;
        }

        return source;
    }

    private bool LanguagesFit(ImportedModule module)
    {
        var settings = guide.Settings;
        if (module.SourceLanguage != settings.DefaultLanguage || module.TargetLanguage == settings.DefaultLanguage || !settings.Languages.Contains(module.TargetLanguage))
        {
            diagnostics.Error(module.At, DiagnosticCodes.XliffNotXliff2, $"the file translates from '{module.SourceLanguage}' into '{module.TargetLanguage}'; this guide translates from '{settings.DefaultLanguage}' into {string.Join(", ", settings.Languages.Where(l => l != settings.DefaultLanguage))}",
                "import the files exported from this guide, with the languages it was exported for");
            return false;
        }

        return true;
    }

    private GlossaryFile? CheckGlossary(ImportedModule module)
    {
        if (!LanguagesFit(module))
        {
            return null;
        }

        if (guide.SourceGlossary is not { } source)
        {
            diagnostics.Error(module.At, DiagnosticCodes.XliffUnknownUnit, $"the guide no longer has a glossary ({GlossaryFile.PathFor(guide.Settings.DefaultLanguage)})",
                "import the glossary into the guide it was exported from");
            return null;
        }

        // A module's id is lowercase letters, digits and hyphens: this key cannot be one.
        if (!_seen.Add((module.TargetLanguage, "<glossary>")))
        {
            diagnostics.Error(module.At, DiagnosticCodes.XliffDuplicate, $"the {module.TargetLanguage} translation of the glossary is given twice",
                "import one glossary file per language");
            return null;
        }

        return source;
    }

    private ModuleImport? Import(ImportedModule module, SourceModule source)
    {
        var before = diagnostics.Items.Count(d => d.IsError);
        var (replacements, review) = Replacements(module, ModuleUnits.Of(source), source.RelativePath);
        if (diagnostics.Items.Count(d => d.IsError) > before)
        {
            return null;
        }

        return Write(module, source, replacements, review);
    }

    /// <summary>
    /// What each unit of the source becomes: its translation, the translation to review when the
    /// source changed since the export, or the source text marked when it has none. Reports every
    /// unit that cannot be imported.
    /// </summary>
    private (List<UnitReplacement> Replacements, int Review) Replacements(ImportedModule module, IReadOnlyList<XliffUnit> units, string sourcePath)
    {
        var current = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var replacements = new List<UnitReplacement>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var review = 0;
        foreach (var unit in module.Units)
        {
            if (!seen.Add(unit.Id))
            {
                diagnostics.Error(unit.At, DiagnosticCodes.XliffDuplicate, $"the unit '{unit.Id}' is given twice", "keep one unit per id, as exported");
                continue;
            }

            if (!current.TryGetValue(unit.Id, out var now))
            {
                diagnostics.Error(unit.At, DiagnosticCodes.XliffUnknownUnit, $"the unit '{unit.Id}' no longer exists in {sourcePath}",
                    "the source changed since the export: export again, and let the CAT tool's translation memory carry the translations over");
                continue;
            }

            if (Replacement(module, unit, now, ref review) is { } replacement)
            {
                replacements.Add(replacement);
            }
        }

        var added = units.Where(u => !seen.Contains(u.Id)).ToList();
        if (added.Count > 0)
        {
            diagnostics.Warning(module.At, DiagnosticCodes.XliffSourceChanged,
                $"{sourcePath} has {added.Count} texts that were not in the export (the first: '{added[0].Id}'); they stay in {guide.Settings.DefaultLanguage}, marked {TranslationStatusCalculator.Marker}",
                $"export the {(module.IsGlossary ? "glossary" : "module")} again for them");
            replacements.AddRange(added.Select(u => new UnitReplacement(u, null)));
        }

        return (replacements, review);
    }

    private UnitReplacement? Replacement(ImportedModule module, ImportedUnit unit, XliffUnit now, ref int review)
    {
        if (unit.Target is not { } target || !target.Any(p => p is not XliffText { Text: var t } || t.Trim().Length > 0))
        {
            if (!partial)
            {
                diagnostics.Error(unit.Target is null ? unit.At : unit.TargetAt, DiagnosticCodes.XliffEmptyTarget, $"the unit '{unit.Id}' has no translation",
                    "translate it, or import with --partial to keep the source text there (the module or glossary entry then stays in progress)");
            }

            return new UnitReplacement(now, null);
        }

        if (!CodesAreKept(unit, now))
        {
            return null;
        }

        var text = string.Concat(Texts(target));
        if (InvisibleCharacters.Contain(text))
        {
            var index = InvisibleCharacters.FirstIndex(text);
            diagnostics.Error(unit.TargetAt, DiagnosticCodes.InvisibleCharacter, $"the translation of '{unit.Id}' holds {InvisibleCharacters.Describe(text, index)}, which no output can carry",
                "delete the character in the CAT tool");
            return null;
        }

        if (XliffContentKey.Of(unit.Source, unit.SourceCodes) == now.Key)
        {
            return new UnitReplacement(now, MarkdownText.Render(target, now.Codes, now.IsMarkdown)) { Target = target };
        }

        review++;
        if (unit.SourceCodes.All(c => now.Code(c.Id) is { } code && code.Paired == c.Paired) && now.Codes.Count == unit.SourceCodes.Count)
        {
            diagnostics.Warning(unit.At, DiagnosticCodes.XliffSourceChanged, $"the source of '{unit.Id}' changed since the export; the translation is imported for review and the module stays outdated",
                $"compare the unit with {now.FieldName} in the source, correct the translation, then run 'guide translations stamp'");
            return new UnitReplacement(now, MarkdownText.Render(target, now.Codes, now.IsMarkdown)) { Target = target };
        }

        diagnostics.Warning(unit.At, DiagnosticCodes.XliffSourceChanged, $"the source of '{unit.Id}' changed since the export, its links and formatting too; it stays in {guide.Settings.DefaultLanguage}, marked {TranslationStatusCalculator.Marker}",
            "export the module again and translate the unit anew");
        return new UnitReplacement(now, null);
    }

    /// <summary>
    /// Every code of the exported source once, none added, each the same kind; no link inside another
    /// (Markdown has no links in links); a link's text not emptied.
    /// </summary>
    private bool CodesAreKept(ImportedUnit unit, XliffUnit now)
    {
        var ok = true;
        void Refuse(SourceLocation at, string code, string message, string hint)
        {
            diagnostics.Error(at, code, message, hint);
            ok = false;
        }

        var exported = unit.SourceCodes.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var use in unit.TargetCodes)
        {
            if (!exported.TryGetValue(use.Id, out var code) || code.Paired != use.Paired)
            {
                Refuse(use.At, DiagnosticCodes.XliffCodeMismatch, $"the translation of '{unit.Id}' adds an inline code <{(use.Paired ? "pc" : "ph")} id=\"{use.Id}\"> that its source does not have",
                    "use only the codes of the source, each once; they stand for links, formatting and notes");
            }
            else if (!used.Add(use.Id))
            {
                Refuse(use.At, DiagnosticCodes.XliffCodeMismatch, $"the translation of '{unit.Id}' has the inline code {use.Id} twice", "use each code of the source once");
            }
            else if (IsLink(now, use.Id) && use.Enclosing.Any(e => IsLink(now, e)))
            {
                Refuse(use.At, DiagnosticCodes.XliffCodeMisplaced, $"the translation of '{unit.Id}' puts the link {use.Id} inside another link", "move the code out of the other link's text: Markdown cannot nest links");
            }
            else if (use.Paired && !use.HasText && IsLink(now, use.Id))
            {
                Refuse(use.At, DiagnosticCodes.XliffCodeMisplaced, $"the translation of '{unit.Id}' leaves the text of link {use.Id} empty", "put the words the reader clicks inside the code");
            }
        }

        foreach (var missing in unit.SourceCodes.Where(c => !used.Contains(c.Id)))
        {
            Refuse(unit.TargetAt, DiagnosticCodes.XliffCodeMismatch, $"the translation of '{unit.Id}' drops the inline code {missing.Id} ({Shorten(missing.Start)})",
                "put the code back where it belongs in the translation; it stands for a link, formatting or a note");
        }

        return ok;
    }

    private static bool IsLink(XliffUnit unit, string id) => unit.Code(id)?.IsLink == true;

    private static string Shorten(string markdown) => markdown.Length <= 40 ? markdown : markdown[..37] + "…";

    private static IEnumerable<string> Texts(IReadOnlyList<XliffPart> parts) => parts.SelectMany(p => p switch
    {
        XliffText text => [text.Text],
        XliffPaired paired => Texts(paired.Children),
        _ => [],
    });

    private ModuleImport? Write(ImportedModule module, SourceModule source, List<UnitReplacement> replacements, int review)
    {
        var existing = guide.ModulesByLanguage.GetValueOrDefault(module.TargetLanguage, []).FirstOrDefault(m => m.Id == source.Id);
        var relative = existing?.RelativePath ?? $"{module.TargetLanguage}/{source.FileName}";
        if (guide.Folder.Inside(relative) is null)
        {
            guide.Folder.ReportLeaving(relative, relative, module.At, diagnostics);
            return null;
        }

        var sourceText = File.ReadAllText(guide.Folder.FullPath(source.RelativePath));
        var translationText = existing is null ? null : File.ReadAllText(guide.Folder.FullPath(existing.RelativePath));
        var text = ModuleRewriter.Write(sourceText, replacements, module.Fingerprint, translationText);
        var check = new DiagnosticBag();
        var reader = new ModuleReader(guide.Settings, new MediaResolver(guide.Folder), check);
        if (reader.Read(relative, guide.Folder.DisplayPath(relative), module.TargetLanguage, text) is null || check.HasErrors)
        {
            diagnostics.Error(module.At, DiagnosticCodes.XliffNotXliff2, $"the translation of '{source.Id}' would not make a valid module: {check.Items.FirstOrDefault(d => d.IsError)?.Message}",
                "correct the translation in the CAT tool and import it again");
            return null;
        }

        var untranslated = replacements.Count(r => r.Text is null);
        return new ModuleImport(relative, text, replacements.Count - untranslated - review, review, untranslated, existing is null);
    }

    private ModuleImport? ImportGlossary(ImportedModule module, GlossaryFile source)
    {
        var before = diagnostics.Items.Count(d => d.IsError);
        var (replacements, review) = Replacements(module, GlossaryUnits.Of(source), source.RelativePath);
        var exported = module.Units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var entries = new List<TranslatedGlossaryEntry>();
        foreach (var entry in source.Entries)
        {
            var mine = replacements.Where(r => r.Unit.Field[0] == entry.Id).ToList();
            if (module.EntryFingerprints.GetValueOrDefault(entry.Id) is not { Length: > 0 } fingerprint)
            {
                if (mine.Any(r => exported.Contains(r.Unit.Id)))
                {
                    diagnostics.Error(module.At, DiagnosticCodes.XliffNotXliff2, $"the file does not say which version of the glossary entry '{entry.Id}' it translates (its mda:meta was removed)",
                        "import the glossary file as 'guide translations export' wrote it; a CAT tool keeps the metadata when it saves");
                    continue;
                }

                fingerprint = Fingerprint.Of(entry); // an entry added since the export: all of it stays marked, in progress
            }

            entries.Add(Translated(entry, mine, fingerprint));
        }

        if (diagnostics.Items.Count(d => d.IsError) > before)
        {
            return null;
        }

        return WriteGlossary(module, entries, replacements, review);
    }

    /// <summary>Whether an entry of the written file says what the import meant: a safety net, as the file is edited as text.</summary>
    private static bool ReadsAs(GlossaryEntry? entry, TranslatedGlossaryEntry meant) =>
        entry is not null
        && Fingerprint.Normalize(entry.Term) == Fingerprint.Normalize(meant.Term)
        && meant.Plurals.Select(Fingerprint.Normalize).SequenceEqual(entry.Plurals.Take(meant.Plurals.Count).Select(Fingerprint.Normalize))
        && Fingerprint.Normalize(entry.Definition.Text) == Fingerprint.Normalize(meant.Definition)
        && entry.TranslationOf == meant.TranslationOf;

    private static TranslatedGlossaryEntry Translated(GlossaryEntry entry, List<UnitReplacement> replacements, string fingerprint)
    {
        string Plain(string field, string source) =>
            replacements.FirstOrDefault(r => r.Unit.FieldName == field) is { Text: { } text } ? text : $"{TranslationStatusCalculator.Marker} {source}";

        var term = Plain($"{entry.Id}/{GlossaryUnits.Term}", entry.Term);
        var plurals = entry.Plurals.Select((plural, i) => Plain($"{entry.Id}/{GlossaryUnits.Plural}/{i + 1}", plural)).ToList();
        var definitionField = $"{entry.Id}/{GlossaryUnits.Definition}";
        var definition = ModuleRewriter.Apply(entry.Definition.Text, replacements.Where(r => r.Unit.FieldName == definitionField));
        return new TranslatedGlossaryEntry(entry.Id, term, plurals, definition, fingerprint);
    }

    private ModuleImport? WriteGlossary(ImportedModule module, List<TranslatedGlossaryEntry> entries, List<UnitReplacement> replacements, int review)
    {
        var existing = guide.Glossaries.GetValueOrDefault(module.TargetLanguage);
        var relative = existing?.RelativePath ?? GlossaryFile.PathFor(module.TargetLanguage);
        if (guide.Folder.Inside(relative) is null)
        {
            guide.Folder.ReportLeaving(relative, relative, module.At, diagnostics);
            return null;
        }

        var text = GlossaryRewriter.Write(existing?.Text, entries);
        var check = new DiagnosticBag();
        var written = text is null ? null : GlossaryReader.Parse(text, relative, guide.Folder.DisplayPath(relative), module.TargetLanguage, check);
        var problem = written is null || check.HasErrors ? check.Items.FirstOrDefault(d => d.IsError)?.Message ?? "it is not a YAML mapping"
            : entries.FirstOrDefault(e => !ReadsAs(written.Find(e.Id), e)) is { } lost ? $"the entry '{lost.Id}' would not read back as translated"
            : null;
        if (text is null || problem is not null)
        {
            diagnostics.Error(module.At, DiagnosticCodes.XliffNotXliff2, $"the translation of the glossary would not make a valid {relative}: {problem}",
                "correct the translation in the CAT tool (or the glossary file) and import it again");
            return null;
        }

        var untranslated = replacements.Count(r => r.Text is null);
        return new ModuleImport(relative, text, replacements.Count - untranslated - review, review, untranslated, existing is null);
    }
}
