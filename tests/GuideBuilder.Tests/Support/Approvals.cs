namespace GuideBuilder.Tests.Support;

/// <summary>
/// Approved-file snapshots (Verify is not on the package mirror): the approved text lives in
/// tests/GuideBuilder.Tests/Approved/. On a difference the test writes NAME.received.* beside it
/// and fails; run the tests with GUIDE_APPROVE=1 to accept the new output after reviewing it.
/// </summary>
public static class Approvals
{
    public static void Verify(string name, string actual)
    {
        Directory.CreateDirectory(RepoPaths.Approved);
        var approved = Path.Combine(RepoPaths.Approved, name);
        var received = Path.Combine(RepoPaths.Approved, Path.GetFileNameWithoutExtension(name) + ".received" + Path.GetExtension(name));
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("GUIDE_APPROVE") == "1")
        {
            File.WriteAllText(approved, actual);
        }

        var expected = File.Exists(approved) ? File.ReadAllText(approved).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        File.WriteAllText(received, actual);
        var firstDifference = expected is null ? 0 : Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i]);
        throw new Xunit.Sdk.XunitException(expected is null
            ? $"No approved file {name}. Review {received} and rename it, or run with GUIDE_APPROVE=1."
            : $"{name} differs from the approved file at character {firstDifference}: compare {received} with {approved} (GUIDE_APPROVE=1 accepts).");
    }
}
