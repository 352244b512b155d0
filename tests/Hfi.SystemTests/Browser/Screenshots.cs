using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Hfi.SystemTests.Browser;

/// <summary>
/// Each page is photographed at desktop and at phone width into artifacts/screenshots of the repository, and
/// checked: no sideways scrolling at 360 px (reflow), and axe-core's WCAG 2.1 A/AA rules (once: they do not
/// depend on the width, and each run costs seconds).
/// </summary>
public static class Screenshots
{
    public const int PhoneWidth = 360;
    public static readonly ViewportSize DesktopSize = new() { Width = 1280, Height = 900 };
    private static readonly ViewportSize PhoneSize = new() { Width = PhoneWidth, Height = 780 };

    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static string Folder { get; } = FindFolder();

    /// <summary>
    /// Saves &lt;name&gt;-360.png and &lt;name&gt;-desktop.png after checking the page at each width; leaves it at
    /// desktop width.
    /// </summary>
    public static async Task TakeAndCheckAsync(IPage page, string name)
    {
        await page.SetViewportSizeAsync(PhoneSize.Width, PhoneSize.Height);
        await page.ScreenshotAsync(
            new PageScreenshotOptions { Path = Path.Combine(Folder, $"{name}-360.png"), FullPage = true }
        );
        var overflow = await page.EvaluateAsync<int>(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        );
        Assert.True(overflow <= 0, $"The page '{name}' is {overflow} px wider than a {PhoneWidth} px screen.");

        await page.SetViewportSizeAsync(DesktopSize.Width, DesktopSize.Height);
        await page.ScreenshotAsync(
            new PageScreenshotOptions { Path = Path.Combine(Folder, $"{name}-desktop.png"), FullPage = true }
        );
        await AssertAccessibleAsync(page, name);
    }

    private static async Task AssertAccessibleAsync(IPage page, string name)
    {
        var result = await page.RunAxe(Wcag21AA);
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}"
        );
        Assert.True(
            result.Violations.Length == 0,
            $"WCAG 2.1 AA violations on '{name}':\n{string.Join("\n", violations)}"
        );
    }

    private static string FindFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !directory.EnumerateFiles("*.sln").Any())
            directory = directory.Parent;
        var folder = Path.Combine(directory?.FullName ?? Path.GetTempPath(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
