namespace GuideBuilder.Translations.Xliff;

/// <summary>
/// Pairs the units of an up-to-date translation with the source's, to export them as targets. A
/// group (a section, a list field, a voice) is paired only when both files have the same units in
/// it, and a unit only when its inline codes are the same Markdown in both (the translation's codes
/// then take the source's ids). Anything else is left without a target rather than guessed.
/// </summary>
public static class TargetPairing
{
    public static IReadOnlyDictionary<string, IReadOnlyList<XliffPart>> Pair(IReadOnlyList<XliffUnit> source, IReadOnlyList<XliffUnit> translation)
    {
        var targets = new Dictionary<string, IReadOnlyList<XliffPart>>(StringComparer.Ordinal);
        var translated = translation.GroupBy(u => u.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var sourceGroups = source.GroupBy(u => u.Group).ToDictionary(g => g.Key, g => g.Select(u => u.Id).ToHashSet());
        var translationGroups = translation.GroupBy(u => u.Group).ToDictionary(g => g.Key, g => g.Select(u => u.Id).ToHashSet());
        foreach (var unit in source)
        {
            if (!translationGroups.TryGetValue(unit.Group, out var ids) || !ids.SetEquals(sourceGroups[unit.Group]))
            {
                continue;
            }

            if (translated.TryGetValue(unit.Id, out var other) && Renumber(other, unit) is { } content)
            {
                targets[unit.Id] = content;
            }
        }

        return targets;
    }

    /// <summary>The translation's content with its codes renamed to the source's ids, or null when the codes are not the same Markdown.</summary>
    private static IReadOnlyList<XliffPart>? Renumber(XliffUnit translation, XliffUnit source)
    {
        if (translation.Codes.Count != source.Codes.Count || translation.IsMarkdown != source.IsMarkdown)
        {
            return null;
        }

        var free = source.Codes.ToList();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in translation.Codes)
        {
            var match = free.FirstOrDefault(c => c.Shape == code.Shape);
            if (match is null)
            {
                return null;
            }

            free.Remove(match);
            ids[code.Id] = match.Id;
        }

        return Rename(translation.Content, ids);
    }

    private static List<XliffPart> Rename(IReadOnlyList<XliffPart> parts, Dictionary<string, string> ids) =>
        [.. parts.Select(part => part switch
        {
            XliffPlaceholder placeholder => new XliffPlaceholder(ids[placeholder.Id]),
            XliffPaired paired => new XliffPaired(ids[paired.Id], Rename(paired.Children, ids)),
            _ => part,
        })];
}
