namespace GuideBuilder.Diagnostics;

/// <summary>One problem found in the content, printed as <c>path:line:column: error CODE: message</c>.</summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message, string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;

    public string SeverityText => Severity == Severity.Error ? "error" : "warning";

    public override string ToString()
    {
        var line = $"{Location}: {SeverityText} {Code}: {Message}";
        return Hint is null ? line : $"{line}\n    hint: {Hint}";
    }
}
