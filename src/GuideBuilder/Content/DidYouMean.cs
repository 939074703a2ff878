namespace GuideBuilder.Content;

/// <summary>Suggests the closest known name for a misspelt one.</summary>
public static class DidYouMean
{
    public static string? Suggest(string written, IEnumerable<string> known)
    {
        var best = known
            .Select(candidate => (candidate, distance: Distance(written.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .OrderBy(pair => pair.distance)
            .ThenBy(pair => pair.candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        // One edit turns a two-letter language code into another language's ('es', 'en'): only case differs.
        var allowed = written.Length <= 2 ? 0 : Math.Max(2, written.Length / 3);
        if (best.candidate is not null && best.distance <= allowed)
        {
            return best.candidate;
        }

        if (written.Length < 4)
        {
            return null;
        }

        // A longer or shorter form of the same name ("standards" for "the-standards").
        return known.Where(k => k.Contains(written, StringComparison.OrdinalIgnoreCase) || written.Contains(k, StringComparison.OrdinalIgnoreCase))
                .OrderBy(k => Math.Abs(k.Length - written.Length)).ThenBy(k => k, StringComparer.Ordinal).FirstOrDefault()
            ?? SharedBeginning(written, known);
    }

    /// <summary>
    /// The one name that begins like the written one for most of its length: a file name
    /// shortened in the middle ("03-coordination.md" for "03-coordination-agreements.md").
    /// </summary>
    private static string? SharedBeginning(string written, IEnumerable<string> known)
    {
        var ranked = known
            .Select(k => (Name: k, Shared: k.Zip(written).TakeWhile(p => char.ToLowerInvariant(p.First) == char.ToLowerInvariant(p.Second)).Count()))
            .Where(k => k.Shared * 3 >= written.Length * 2)
            .OrderByDescending(k => k.Shared)
            .ToList();
        return ranked.Count == 1 || (ranked.Count > 1 && ranked[0].Shared > ranked[1].Shared) ? ranked[0].Name : null;
    }

    public static string Hint(string written, IEnumerable<string> known)
    {
        var list = known.ToList();
        var suggestion = Suggest(written, list);
        return suggestion is not null
            ? $"did you mean '{suggestion}'?"
            : $"expected one of: {string.Join(", ", list)}";
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
