namespace GuideBuilder.Targets;

/// <summary>
/// The registered output formats, checked when registered: names are unique, every format a
/// format needs, uses or is built with is registered, and needs and uses form no cycle (each of
/// these is a programming error, not a user's).
/// </summary>
public sealed class FormatRegistry
{
    private readonly IReadOnlyList<IOutputFormat> _formats;

    public FormatRegistry(IReadOnlyList<IOutputFormat> formats)
    {
        _formats = formats;
        var names = formats.Select(f => f.Name).ToList();
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            throw new InvalidOperationException($"two output formats have the same name: {string.Join(", ", names)}");
        }

        foreach (var format in formats)
        {
            var unknown = format.Needs.Concat(format.Uses).Concat(format.BuiltWith).Where(n => !names.Contains(n)).ToList();
            if (unknown.Count > 0)
            {
                throw new InvalidOperationException($"output format '{format.Name}' refers to formats that are not registered: {string.Join(", ", unknown)}");
            }
        }

        // Ordering everything finds any cycle among needs and uses.
        Order(formats);
    }

    public IReadOnlyList<string> Names => [.. _formats.Select(f => f.Name)];

    public IReadOnlyList<IOutputFormat> All => _formats;

    public IOutputFormat this[string name] => _formats.Single(f => f.Name == name);

    /// <summary>
    /// The formats to build for a selection, in the order to build them: the selected ones, what
    /// they need, and what comes with them; each after every format it needs or uses.
    /// </summary>
    public IReadOnlyList<IOutputFormat> Plan(IEnumerable<string> selected)
    {
        var chosen = new HashSet<string>(selected, StringComparer.Ordinal);
        var grew = true;
        while (grew)
        {
            var before = chosen.Count;
            foreach (var format in _formats.Where(f => chosen.Contains(f.Name)).ToList())
            {
                chosen.UnionWith(format.Needs);
            }

            chosen.UnionWith(_formats.Where(f => f.BuiltWith.Any(chosen.Contains)).Select(f => f.Name));
            grew = chosen.Count > before;
        }

        return Order([.. _formats.Where(f => chosen.Contains(f.Name))]);
    }

    /// <summary>Kahn's topological sort; among formats that are ready, the one registered first goes first, so the order is stable.</summary>
    private static List<IOutputFormat> Order(IReadOnlyList<IOutputFormat> formats)
    {
        var present = formats.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<IOutputFormat>();
        while (ordered.Count < formats.Count)
        {
            var next = formats.FirstOrDefault(f => !done.Contains(f.Name) && f.Needs.Concat(f.Uses).Where(present.Contains).All(done.Contains))
                ?? throw new InvalidOperationException(
                    $"output formats need each other in a cycle: {string.Join(", ", formats.Where(f => !done.Contains(f.Name)).Select(f => f.Name))}");
            done.Add(next.Name);
            ordered.Add(next);
        }

        return ordered;
    }
}
