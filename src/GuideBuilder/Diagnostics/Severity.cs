namespace GuideBuilder.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
