using Microsoft.Playwright;

namespace Hfi.SystemTests.Browser;

/// <summary>
/// Debian's chromium driven by Playwright, started on first use and shared by the browser tests (one browser,
/// one context per user). Playwright's own browser downloads are never used: the machine has no internet.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    // Without these, chromium on a closed network waits on updates, sync and QUIC probes, and hangs.
    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--lang=nb-NO",
    ];

    private readonly SemaphoreSlim gate = new(1, 1);
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task<IBrowser> BrowserAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (browser is not null) return browser;
            Assert.True(File.Exists(ExecutablePath), $"{ExecutablePath} is missing: eng/install-prerequisites.sh installs Debian's chromium.");
            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Arguments,
                Timeout = 60_000,
            });
            return browser;
        }
        finally
        {
            gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        gate.Dispose();
    }
}
