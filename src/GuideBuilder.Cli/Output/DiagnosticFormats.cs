using System.Text.Encodings.Web;
using System.Text.Json;
using GuideBuilder.Diagnostics;

namespace GuideBuilder.Cli.Output;

/// <summary>Diagnostics for machines: JSON for scripts, workflow commands for GitHub Actions annotations.</summary>
public static class DiagnosticFormats
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Json(IReadOnlyList<Diagnostic> diagnostics) => JsonSerializer.Serialize(
        new
        {
            errors = diagnostics.Count(d => d.IsError),
            warnings = diagnostics.Count(d => !d.IsError),
            diagnostics = diagnostics.Select(d => new
            {
                path = d.Location.Path,
                line = d.Location.Line,
                column = d.Location.Column,
                severity = d.SeverityText,
                code = d.Code,
                message = d.Message,
                hint = d.Hint,
            }),
        },
        Options);

    /// <summary>A GitHub Actions workflow command, e.g. <c>::error file=a.md,line=3,col=5,title=GB011::message</c>.</summary>
    public static string GitHub(Diagnostic diagnostic)
    {
        var message = Escape(diagnostic.Hint is null ? diagnostic.Message : $"{diagnostic.Message} (hint: {diagnostic.Hint})");
        var place = diagnostic.Location.Line > 0
            ? $"file={Property(diagnostic.Location.Path)},line={diagnostic.Location.Line},col={diagnostic.Location.Column},"
            : "";
        return $"::{diagnostic.SeverityText} {place}title={diagnostic.Code}::{message}";
    }

    private static string Escape(string text) => text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) => Escape(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
