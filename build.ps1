# Convenience wrapper for editors on Windows: builds the sample guide (or the folder given) into out/.
# Everything it does is also one 'dotnet run' away on any system; see README.md.
param(
    [string]$Content = "guide-content",
    [string]$Out = "out",
    [string[]]$Formats = @(),
    [switch]$Test
)
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot
if ($Test) {
    dotnet test GuideBuilder.sln
    exit $LASTEXITCODE
}
$arguments = @("run", "--project", "src/GuideBuilder.Cli", "--", "build", "--content", $Content, "--out", $Out)
if ($Formats.Count -gt 0) { $arguments += @("--formats", ($Formats -join ",")) }
dotnet @arguments
exit $LASTEXITCODE
