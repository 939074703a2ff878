using System.Security.Cryptography;
using System.Text;
using GuideBuilder.Build;
using GuideBuilder.Diagnostics;
using GuideBuilder.Targets.Packages;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Packages;

/// <summary>The E-box's CD-ROM image, listed and read back with xorriso as a reader's system mounts it.</summary>
public sealed class EboxImageTests
{
    private static string Iso(TempGuide guide) => Path.Combine(guide.Output, "packages", "mini-guide-ebox.iso");

    /// <summary>The names xorriso reads from the Joliet tree (what Windows shows), or from Rock Ridge.</summary>
    private static List<string> List(string iso, string folder, bool joliet)
    {
        var (code, output) = ExternalTool.Run("xorriso", "-no_rc", "-read_fs", joliet ? "norock" : "any", "-indev", iso, "-find", folder, "-maxdepth", "1");
        code.ShouldBe(0, output);
        return [.. output.Split('\n').Where(l => l.StartsWith('\'')).Select(l => l.Trim('\''))];
    }

    private static string Extract(string iso, string file, string to)
    {
        var (code, output) = ExternalTool.Run("xorriso", "-no_rc", "-osirrox", "on", "-indev", iso, "-extract", file, to);
        code.ShouldBe(0, output);
        return to;
    }

    [Fact]
    public void The_image_has_the_ebox_at_its_root_with_joliet_names_autorun_and_icon()
    {
        using var guide = new TempGuide();
        guide.Build("ebox").Succeeded.ShouldBeTrue();
        var iso = Iso(guide);

        var root = List(iso, "/", joliet: true);
        root.ShouldContain("/index.html");
        root.ShouldContain("/autorun.inf");
        root.ShouldContain("/guide.ico");
        // Lowercase names longer than 8.3 with hyphens exist only in Joliet (and Rock Ridge), not in plain ISO 9660.
        List(iso, "/en", joliet: true).ShouldContain("/en/01-alpha");
        List(iso, "/en/01-alpha", joliet: true).ShouldContain("/en/01-alpha/index.html");
        List(iso, "/en/01-alpha", joliet: false).ShouldContain("/en/01-alpha/index.html");

        var (_, info) = ExternalTool.Run("xorriso", "-no_rc", "-indev", iso, "-pvd_info");
        info.ShouldContain("Volume Id    : MINI_GUIDE");
        info.ShouldContain("Creation Time: 2000010100000000");

        var autorun = File.ReadAllText(Extract(iso, "/autorun.inf", Path.Combine(guide.Root, "autorun.inf")));
        autorun.ShouldBe("[autorun]\r\nlabel=Mini guide\r\nicon=guide.ico\r\nshellexecute=index.html\r\n");
        var icon = File.ReadAllBytes(Extract(iso, "/guide.ico", Path.Combine(guide.Root, "guide.ico")));
        icon[..6].ShouldBe(new byte[] { 0, 0, 1, 0, 1, 0 });
        File.ReadAllBytes(Extract(iso, "/index.html", Path.Combine(guide.Root, "index.html")))
            .ShouldBe(File.ReadAllBytes(Path.Combine(guide.Output, "ebox", "index.html")));
    }

    [Fact]
    public void A_second_build_makes_the_same_bytes()
    {
        using var first = new TempGuide();
        using var second = new TempGuide();
        first.Build("ebox").Succeeded.ShouldBeTrue();
        Thread.Sleep(1100); // other file times on disk
        second.Build("ebox").Succeeded.ShouldBeTrue();

        Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Iso(second)))).ShouldBe(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Iso(first)))));
    }

    [Fact]
    public void Without_xorriso_the_build_warns_what_to_install_and_makes_everything_else()
    {
        using var guide = new TempGuide();
        var missing = Path.Combine(guide.Root, "no-such-xorriso");
        var (code, output, errors) = CliRunner.Run("build", "--content", guide.Content, "--out", guide.Output, "--formats", "site,ebox", "--xorriso", missing);

        code.ShouldBe(0, output + errors);
        var all = output + errors;
        all.ShouldContain("warning GB095");
        all.ShouldContain("apt-get install xorriso");
        File.Exists(Path.Combine(guide.Output, "packages", "mini-guide-ebox.zip")).ShouldBeTrue();
        File.Exists(Iso(guide)).ShouldBeFalse();
        File.Exists(Path.Combine(guide.Output, "site", "index.html")).ShouldBeTrue();
    }

    [Fact]
    public void A_failing_xorriso_is_an_error_that_leaves_the_previous_output()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the stand-in is a shell script
        }

        using var guide = new TempGuide();
        var broken = Path.Combine(guide.Root, "xorriso");
        File.WriteAllText(broken, "#!/bin/sh\necho 'libisofs: FAILURE : simulated' >&2\nexit 5\n");
        File.SetUnixFileMode(broken, UnixFileMode.UserRead | UnixFileMode.UserExecute);

        var result = new GuideBuild(SilentProgress.Instance, null).Run(guide.Options("ebox") with { XorrisoPath = broken });

        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.Single(d => d.IsError).Code.ShouldBe(DiagnosticCodes.IsoFailed);
        result.Diagnostics.Single(d => d.IsError).Message.ShouldContain("simulated");
        Directory.Exists(Path.Combine(guide.Output, "ebox")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Mini guide", "MINI_GUIDE")]
    [InlineData("Protección social para migrantes", "PROTECCION")]
    [InlineData("Guía sobre protección", "GUIA_SOBRE")]
    [InlineData("Ṣocial ñ 2026", "SOCIAL_N_2026")]
    [InlineData("Supercalifragilisticexpialidocious", "SUPERCALIFRAGILI")]
    [InlineData("Социальная защита", "GUIDE")]
    [InlineData("", "GUIDE")]
    public void The_volume_label_is_d_characters_in_whole_words_within_16(string title, string label)
    {
        VolumeLabel.From(title).ShouldBe(label);
        VolumeLabel.From(title).ShouldMatch("^[A-Z0-9_]{1,16}$");
    }

    [Fact]
    public void Autorun_is_unicode_when_the_title_is()
    {
        var bytes = AutorunFile.Write("Guía\nsocial", "guide.ico", "index.html");
        bytes[..2].ShouldBe(new byte[] { 0xFF, 0xFE });
        Encoding.Unicode.GetString(bytes[2..]).ShouldContain("label=Guía social\r\n");
    }

    [Fact]
    public void The_icon_shows_the_tab_colours_as_stripes()
    {
        var icon = IconFile.Stripes(["#b0252d", "#1d5fa6"]);
        icon.Length.ShouldBe(6 + 16 + 40 + (32 * 32 * 4) + (32 * 4));
        var pixels = 6 + 16 + 40;
        icon[pixels..(pixels + 4)].ShouldBe(new byte[] { 0x2d, 0x25, 0xb0, 255 }); // left stripe, blue-green-red-alpha
        icon[(pixels + (31 * 4))..(pixels + (32 * 4))].ShouldBe(new byte[] { 0xa6, 0x5f, 0x1d, 255 });
    }
}
