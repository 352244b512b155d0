using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Hfi.SystemTests.Browser;

/// <summary>
/// One demo user in their own browser context, signed in through the sign-in page. Every API answer the pages
/// fetch is kept, so a test can search what reached the browser, not only what it shows.
/// </summary>
public sealed class WebUser : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<(string Url, string Body)> _apiAnswers = new();
    private readonly ConcurrentQueue<string> _scriptErrors = new();

    private WebUser(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.PageError += (_, error) => _scriptErrors.Enqueue(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                _scriptErrors.Enqueue(message.Text);
        };
    }

    public IPage Page { get; }

    public static async Task<WebUser> OpenAsync(IBrowser browser, Uri gateway)
    {
        var context = await browser.NewContextAsync(
            new BrowserNewContextOptions
            {
                BaseURL = gateway.ToString(),
                Locale = "nb-NO",
                TimezoneId = "Europe/Oslo",
                ViewportSize = Screenshots.DesktopSize,
            }
        );
        context.SetDefaultTimeout(20_000);
        var user = new WebUser(context, await context.NewPageAsync());
        // Every API answer passes through here on its way to the page, so none escapes the search.
        await context.RouteAsync(
            "**/api/**",
            async route =>
            {
                var response = await route.FetchAsync();
                user._apiAnswers.Enqueue((route.Request.Url, await response.TextAsync()));
                await route.FulfillAsync(new RouteFulfillOptions { Response = response });
            }
        );
        return user;
    }

    /// <summary>Signs in as a demo user on the sign-in page, the way a person would.</summary>
    public static async Task<WebUser> SignInAsync(
        IBrowser browser,
        Uri gateway,
        string userId,
        string? screenshot = null
    )
    {
        var user = await OpenAsync(browser, gateway);
        await user.GoToAsync("/logg-inn");
        if (screenshot is not null)
            await user.ScreenshotAsync(screenshot);
        await user.Page.Locator($"#bruker-{userId}").CheckAsync();
        await user.Page.GetByRole(AriaRole.Button, new() { Name = "Logg inn", Exact = true }).ClickAsync();
        await user.Page.GetByText("Innlogget som").WaitForAsync();
        return user;
    }

    /// <summary>Opens a page and waits until the app has rendered it.</summary>
    public async Task GoToAsync(string path)
    {
        await Page.GotoAsync(path);
        await WaitUntilShownAsync(path);
    }

    public Task WaitUntilShownAsync(string path) =>
        Page.WaitForFunctionAsync("path => document.body.dataset.shown === path", path.Split('?')[0]);

    /// <summary>Screenshots the page at both widths and checks its accessibility at each.</summary>
    public Task ScreenshotAsync(string name) => Screenshots.TakeAndCheckAsync(Page, name);

    /// <summary>Every API answer the browser received so far, as text.</summary>
    public IReadOnlyCollection<(string Url, string Body)> ApiAnswers => _apiAnswers;

    /// <summary>Uncaught script errors and Content-Security-Policy violations seen so far.</summary>
    public IReadOnlyCollection<string> ScriptErrors => _scriptErrors;

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
