using GuideBuilder.Content;

namespace GuideBuilder.Tests.Content;

/// <summary>The web addresses <c>guide check</c> and the build warn about.</summary>
public sealed class WebAddressTests
{
    [Theory]
    [InlineData("https://www.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:12100:0::NO::P12100_INSTRUMENT_ID:3065524")]
    [InlineData("http://example.org")]
    [InlineData("https://sdgs.un.org/goals/goal10#target-10.7")]
    [InlineData("https://bücher.example/")]
    [InlineData("http://192.0.2.10/report.pdf")]
    public void Addresses_a_browser_opens_look_right(string url) => WebAddress.LooksRight(url).ShouldBeTrue();

    [Theory]
    [InlineData("https://www.ilo..org")]
    [InlineData("https://localhost/guide")]
    [InlineData("https://www.ilo.org /publications")]
    [InlineData("https:/www.ilo.org")]
    [InlineData("ftp://www.ilo.org")]
    public void Addresses_pasted_wrong_do_not(string url) => WebAddress.LooksRight(url).ShouldBeFalse();
}
