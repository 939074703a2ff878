namespace GuideBuilder.Diagnostics;

/// <summary>Collects every problem of a run, so that all of them are reported at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<Diagnostic> Items
    {
        get
        {
            lock (_gate)
            {
                return [.. _items.OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                    .ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ThenBy(d => d.Code, StringComparer.Ordinal)];
            }
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(d => d.IsError);
            }
        }
    }

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddAll(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            _items.AddRange(diagnostics);
        }
    }

    public void Error(SourceLocation at, string code, string message, string? hint = null) =>
        Add(new Diagnostic(at, Severity.Error, code, message, hint));

    public void Warning(SourceLocation at, string code, string message, string? hint = null) =>
        Add(new Diagnostic(at, Severity.Warning, code, message, hint));
}
