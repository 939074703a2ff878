using GuideBuilder.Palette;

namespace GuideBuilder.Tests.Palette;

public sealed class TabShadesTests
{
    public static TheoryData<string> PaletteColours => new()
    {
        "#00857c", "#e56a1c", "#1f5fa8", "#3a8d3f", "#6b3fa0", // a brand palette of mid-tones
        "#f2c500", "#5bc0eb", "#f7a1c4", "#b5e61d", "#1a1a1a", // a light palette, and near-black
        "#ffffff", "#ffff00", "#000000", "#455a64",
    };

    [Theory]
    [InlineData("#000000", "#ffffff", 21.0)]
    [InlineData("#ffffff", "#ffffff", 1.0)]
    [InlineData("#767676", "#ffffff", 4.54)] // the lightest grey that passes 4.5:1 on white
    [InlineData("#777777", "#ffffff", 4.48)] // one step lighter fails
    [InlineData("#808080", "#ffffff", 3.95)]
    [InlineData("#ff0000", "#ffffff", 4.00)]
    [InlineData("#0000ff", "#ffffff", 8.59)]
    public void Contrast_ratios_are_the_wcag_ones(string first, string second, double expected) =>
        Srgb.Parse(first).ContrastWith(Srgb.Parse(second)).ShouldBe(expected, 0.005);

    [Fact]
    public void A_tint_is_mixed_as_css_color_mix_in_srgb_mixes_it() =>
        Srgb.Parse("#00857c").Mix(0.07, Srgb.White).ToHex().ShouldBe("#edf6f6");

    [Theory]
    [InlineData("#ff0000", 0.6280, 0.2577, 29.23)]
    [InlineData("#ffffff", 1.0, 0.0, double.NaN)]
    [InlineData("#0000ff", 0.4520, 0.3132, 264.05)]
    [InlineData("#00ff00", 0.8664, 0.2948, 142.50)]
    public void Oklch_values_are_the_published_ones(string hex, double lightness, double chroma, double hueDegrees)
    {
        var colour = Oklch.From(Srgb.Parse(hex));
        colour.L.ShouldBe(lightness, 0.001);
        colour.C.ShouldBe(chroma, 0.001);
        if (!double.IsNaN(hueDegrees))
        {
            (((colour.H * 180 / Math.PI) + 360) % 360).ShouldBe(hueDegrees, 0.1);
        }
    }

    [Theory]
    [MemberData(nameof(PaletteColours))]
    public void Oklch_round_trips_every_colour(string hex) => Oklch.From(Srgb.Parse(hex)).ToSrgb().ToHex().ShouldBe(hex);

    [Theory]
    [MemberData(nameof(PaletteColours))]
    public void Every_shade_reaches_its_contrast_on_the_backgrounds_it_is_used_on(string hex)
    {
        var shades = TabShades.For(hex);
        var brand = Srgb.Parse(hex);
        Srgb[] backgrounds = [Srgb.White, Srgb.Parse("#f4f6f7"), Srgb.Parse("#f2f4f5"), brand.Mix(0.05, Srgb.White), brand.Mix(0.07, Srgb.White)];
        shades.Brand.ShouldBe(hex);
        backgrounds.ShouldAllBe(b => Srgb.Parse(shades.Text).ContrastWith(b) >= 4.5);
        backgrounds.ShouldAllBe(b => Srgb.Parse(shades.Large).ContrastWith(b) >= 3.0);
        Srgb.Parse(shades.On).ContrastWith(Srgb.Parse(shades.Fill)).ShouldBeGreaterThanOrEqualTo(4.5);
        shades.On.ShouldBeOneOf("#ffffff", "#1c2227");
    }

    [Theory]
    [InlineData("#1d5fa6")]
    [InlineData("#b0252d")]
    [InlineData("#1a1a1a")]
    public void A_colour_that_already_reads_is_kept_exactly(string hex)
    {
        var shades = TabShades.For(hex);
        shades.ShouldBe(new TabShades(hex, hex, hex, hex, "#ffffff"));
        shades.Adjusted.ShouldBeFalse();
    }

    [Theory]
    [InlineData("#e56a1c")]
    [InlineData("#00857c")]
    [InlineData("#f2c500")]
    public void A_shade_for_text_keeps_the_hue_and_is_only_as_dark_as_it_must_be(string hex)
    {
        var brand = Oklch.From(Srgb.Parse(hex));
        var text = Srgb.Parse(TabShades.For(hex).Text);
        var shade = Oklch.From(text);
        shade.L.ShouldBeLessThan(brand.L);
        Math.Abs(shade.H - brand.H).ShouldBeLessThan(0.05);

        // A little lighter would not do on the darkest background it is used on.
        var lighter = (shade with { L = shade.L + 0.004 }).ToSrgb();
        Srgb[] backgrounds = [Srgb.White, TabShades.Soft, Srgb.Parse(hex).Mix(0.07, Srgb.White)];
        backgrounds.Min(lighter.ContrastWith).ShouldBeLessThan(4.5);
    }

    [Fact]
    public void A_light_tab_is_a_fill_for_ink_and_a_mid_tone_moves_the_least_it_can()
    {
        TabShades.For("#f2c500").Fill.ShouldBe("#f2c500");
        TabShades.For("#f2c500").On.ShouldBe("#1c2227");
        TabShades.For("#e56a1c").Fill.ShouldBe("#e56a1c"); // ink reads on it (4.9:1), white does not
        TabShades.For("#e56a1c").On.ShouldBe("#1c2227");
        TabShades.For("#00857c").Fill.ShouldBe("#00857c"); // white reads on it (4.52:1)
        TabShades.For("#00857c").On.ShouldBe("#ffffff");
        TabShades.For("#3a8d3f").On.ShouldBe("#ffffff"); // too light for white (4.15:1), closer to it than to reading under ink (3.87:1)
        TabShades.For("#3a8d3f").Fill.ShouldNotBe("#3a8d3f");
    }

    [Fact]
    public void The_style_names_every_shade_for_the_theme() =>
        TabShades.For("#1d5fa6").Style.ShouldBe("--tab: #1d5fa6; --tab-text: #1d5fa6; --tab-large: #1d5fa6; --tab-fill: #1d5fa6; --tab-on: #ffffff");
}
