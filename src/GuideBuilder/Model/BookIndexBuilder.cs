using System.Globalization;
using System.Text;
using GuideBuilder.Diagnostics;
using GuideBuilder.Model.Addresses;
using GuideBuilder.Translations;

namespace GuideBuilder.Model;

/// <summary>
/// The index of an edition from the marks of its pages: entries grouped by their text, sorted by
/// their sort key with the collation of the edition's language (CompareInfo: "Émigration" with the E's,
/// "ñ" after "n" in Spanish), under initial letters stripped of their accents where the language does.
/// </summary>
internal static class BookIndexBuilder
{
    private sealed record Located(GuidePage Page, IndexMark Mark);

    public static BookIndex Build(string language, UiStrings ui, IReadOnlyList<GuidePage> pages)
    {
        var compare = CultureInfo.GetCultureInfo(language).CompareInfo;
        var marks = pages.SelectMany(page => page.IndexMarks.Select(mark => new Located(page, mark))).ToList();
        if (marks.Count == 0)
        {
            return BookIndex.Empty;
        }

        var entries = marks.GroupBy(m => m.Mark.Term.Normalize(), StringComparer.Ordinal)
            .Select(group => Entry(group.Key, group.ToList(), ui, compare))
            .ToList();
        var ordered = entries.OrderBy(e => e.Key, Collation(compare)).ToList();
        return new BookIndex([.. ordered
            .GroupBy(e => InitialOf(e.Key, compare, language), StringComparer.Ordinal)
            .Select(g => new IndexLetter(g.Key, [.. g.Select(e => e.Entry)]))]);
    }

    /// <summary>The "see" and "see also" of marks in the edition's own language that name no entry (GB079).</summary>
    public static void ReportUnknownSee(string language, IReadOnlyList<GuidePage> pages, DiagnosticBag diagnostics)
    {
        var terms = pages.SelectMany(p => p.IndexMarks).Select(m => m.Term.Normalize()).ToHashSet(StringComparer.Ordinal);
        foreach (var mark in pages.Where(p => p.ContentLanguage == language).SelectMany(p => p.IndexMarks))
        {
            foreach (var target in new[] { mark.See, mark.SeeAlso }.OfType<string>().Where(t => !terms.Contains(t.Normalize())))
            {
                diagnostics.Warning(mark.Location, DiagnosticCodes.IndexSeeUnknown, $"the index sends the reader to '{target}', which no index mark of this edition has",
                    DidYouMeanTerm(target, terms));
            }
        }
    }

    private static string DidYouMeanTerm(string target, IReadOnlySet<string> terms) =>
        Content.DidYouMean.Suggest(target, [.. terms.Order(StringComparer.Ordinal)]) is { } near
            ? $"did you mean '{near}'?"
            : $"mark the place of '{target}' with {{^ {target}}}, or send the reader to an entry the index has";

    private static (string Key, IndexEntry Entry) Entry(string term, List<Located> marks, UiStrings ui, CompareInfo compare)
    {
        var key = marks.Select(m => m.Mark.SortKey).FirstOrDefault(k => k is not null) ?? term;
        var own = marks.Where(m => m.Mark.SubEntry is null).ToList();
        var subEntries = marks.Where(m => m.Mark.SubEntry is not null)
            .GroupBy(m => m.Mark.SubEntry!.Normalize(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, Collation(compare))
            .Select(g => Leaf(g.Key, [.. g], ui))
            .ToList();
        var leaf = Leaf(term, own, ui);
        return (key, leaf with { SubEntries = subEntries });
    }

    private static IndexEntry Leaf(string term, List<Located> marks, UiStrings ui) => new(
        term,
        [.. marks.Where(m => m.Mark.Anchor is not null).Select(m => new IndexLocator(new PageAddress(m.Page.Id, m.Mark.Anchor), LocatorLabel(m, ui)))],
        [.. marks.Select(m => m.Mark.See).OfType<string>().Distinct(StringComparer.Ordinal)],
        [.. marks.Select(m => m.Mark.SeeAlso).OfType<string>().Distinct(StringComparer.Ordinal)],
        []);

    private static string LocatorLabel(Located located, UiStrings ui) => located.Page.IsModule
        ? $"{ui.Format("module_number", ("number", located.Page.Number))} · {located.Mark.Section}"
        : located.Mark.Section;

    /// <summary>The language's order, case ignored; ties broken without ignoring anything, so the order never depends on the input's.</summary>
    private static Comparer<string> Collation(CompareInfo compare) => Comparer<string>.Create((a, b) =>
    {
        var order = compare.Compare(a, b, CompareOptions.IgnoreCase);
        order = order != 0 ? order : compare.Compare(a, b, CompareOptions.None);
        return order != 0 ? order : string.CompareOrdinal(a, b);
    });

    /// <summary>The letter an entry is filed under: its first letter in capitals, without an accent the language files with the plain letter (É under E, but Ñ under Ñ in Spanish).</summary>
    private static string InitialOf(string key, CompareInfo compare, string language)
    {
        var first = StringInfo.GetNextTextElement(key.TrimStart());
        if (first.Length == 0 || !char.IsLetter(first, 0))
        {
            return "#";
        }

        var upper = first.ToUpper(CultureInfo.GetCultureInfo(language));
        var plain = new string([.. upper.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
        return plain.Length > 0 && compare.Compare(upper, plain, CompareOptions.IgnoreNonSpace) == 0 ? plain : upper;
    }
}
