using GuideBuilder.Markdown;

namespace GuideBuilder.Tests.Markdown;

public sealed class SlugTests
{
    [Fact]
    public void Characters_outside_the_basic_plane_are_dropped_not_a_crash()
    {
        Slugs.FromText("Rights 😀 & duties 𝄞").ShouldBe("rights-duties");
        Slugs.Fold("é😀").ShouldBe("e😀");
    }
}
