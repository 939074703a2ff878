using GuideBuilder.Tests.Support;
using Microsoft.Playwright;

namespace GuideBuilder.Tests.Browser;

/// <summary>The toggletip on a marked term, in the E-box opened from file://, used with the keyboard only, then on a phone.</summary>
public sealed class GlossaryToggletipTests : IDisposable
{
    private readonly TempGuide _guide = GlossaryGuide.Create();

    public GlossaryToggletipTests() => _guide.Build("ebox").Succeeded.ShouldBeTrue();

    public void Dispose() => _guide.Dispose();

    private string PageUrl => new Uri(Path.Combine(_guide.Output, "ebox", "en", "01-alpha", "index.html")).AbsoluteUri;

    [Fact]
    public async Task The_keyboard_opens_the_definition_with_enter_and_space_and_escape_closes_it_and_keeps_the_focus()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1000, Height = 700 } });
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(PageUrl, new() { WaitUntil = WaitUntilState.Commit });
        var toggle = page.Locator("button.term-toggle[aria-controls='term-tip-social-protection']");
        var tip = page.Locator("#term-tip-social-protection");
        await toggle.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.WaitForFunctionAsync("document.readyState === 'complete'");

        // Tab from the term's link (a link to the glossary) to its button, as a keyboard user does.
        await page.Locator("a.term-link[href$='#term-social-protection']").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.getAttribute('aria-controls')")).ShouldBe("term-tip-social-protection");
        (await tip.IsVisibleAsync()).ShouldBeFalse();

        await page.Keyboard.PressAsync("Enter");
        (await toggle.GetAttributeAsync("aria-expanded")).ShouldBe("true");
        (await tip.IsVisibleAsync()).ShouldBeTrue();
        (await tip.InnerTextAsync()).ShouldContain("Policies that reduce poverty");
        await page.ScreenshotAsync(new() { Path = Path.Combine(_guide.Root, "toggletip.png"), Clip = await Around(page, tip), FullPage = true });
        CopyScreenshot("toggletip.png");

        await page.Keyboard.PressAsync("Escape");
        (await tip.IsVisibleAsync()).ShouldBeFalse();
        (await toggle.GetAttributeAsync("aria-expanded")).ShouldBe("false");
        (await page.EvaluateAsync<string>("document.activeElement.getAttribute('aria-controls')")).ShouldBe("term-tip-social-protection");

        await page.Keyboard.PressAsync(" ");
        (await tip.IsVisibleAsync()).ShouldBeTrue();
        await page.Keyboard.PressAsync(" ");
        (await tip.IsVisibleAsync()).ShouldBeFalse();

        // One open at a time: opening the next term's tip closes the first.
        await page.Keyboard.PressAsync("Enter");
        var second = page.Locator("button.term-toggle[aria-controls='term-tip-portability']");
        await second.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        (await page.Locator("#term-tip-portability").IsVisibleAsync()).ShouldBeTrue();
        (await tip.IsVisibleAsync()).ShouldBeFalse();
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task On_a_phone_a_tap_opens_the_tip_inside_the_screen_and_a_tap_elsewhere_closes_it()
    {
        await using var session = await BrowserSession.StartAsync();
        var context = await session.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 360, Height = 740 }, HasTouch = true, IsMobile = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(PageUrl, new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForFunctionAsync("document.readyState === 'complete'");
        var toggle = page.Locator("button.term-toggle[aria-controls='term-tip-portability']");
        var tip = page.Locator("#term-tip-portability");

        await toggle.TapAsync();
        (await tip.IsVisibleAsync()).ShouldBeTrue();
        var box = (await tip.BoundingBoxAsync()).ShouldNotBeNull();
        box.X.ShouldBeGreaterThanOrEqualTo(0);
        (box.X + box.Width).ShouldBeLessThanOrEqualTo(360);

        await page.Locator("h1").TapAsync();
        (await tip.IsVisibleAsync()).ShouldBeFalse();
        await context.CloseAsync();
    }

    /// <summary>The term's line and the open tip below it, for a screenshot that shows the term and its definition.</summary>
    private static async Task<Clip> Around(IPage page, ILocator tip)
    {
        var line = (await page.Locator(".module-body").BoundingBoxAsync()).ShouldNotBeNull();
        var open = (await tip.BoundingBoxAsync()).ShouldNotBeNull();
        var scrolled = await page.EvaluateAsync<float>("window.scrollY");
        line.Y += scrolled;
        open.Y += scrolled;
        var top = Math.Max(0, Math.Min(line.Y, open.Y - 40) - 12);
        return new Clip { X = Math.Max(0, line.X - 12), Y = top, Width = line.Width + 24, Height = open.Y + open.Height + 12 - top };
    }

    /// <summary>Keeps the screenshot beside the test results (bin/.../screenshots/), to look at.</summary>
    private void CopyScreenshot(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        File.Copy(Path.Combine(_guide.Root, name), Path.Combine(folder, "glossary-" + name), overwrite: true);
    }
}
