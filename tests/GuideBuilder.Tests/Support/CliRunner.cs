using GuideBuilder.Cli;

namespace GuideBuilder.Tests.Support;

/// <summary>Runs the <c>guide</c> command line in-process and captures what it prints.</summary>
public static class CliRunner
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = GuideCli.Run(args, output, errors);
        return (code, output.ToString(), errors.ToString());
    }
}
