namespace GuideBuilder.Cli.Output;

public enum Verbosity
{
    Quiet,
    Normal,
    Verbose,
}
