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
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=nb",
    ];

    // Date and time fields take their format from the environment's language (and chromium-l10n's resources),
    // not from the page's locale: without this they show "05:30 PM" in a Norwegian UI.
    private static readonly Dictionary<string, string> Environment = System
        .Environment.GetEnvironmentVariables()
        .Cast<System.Collections.DictionaryEntry>()
        .ToDictionary(variable => (string)variable.Key, variable => (string?)variable.Value ?? string.Empty)
        .Concat([new("LANG", "nb_NO.UTF-8"), new("LANGUAGE", "nb")])
        .GroupBy(variable => variable.Key)
        .ToDictionary(group => group.Key, group => group.Last().Value);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task<IBrowser> BrowserAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_browser is not null)
                return _browser;
            Assert.True(
                File.Exists(ExecutablePath),
                $"{ExecutablePath} is missing: eng/install-prerequisites.sh installs Debian's chromium."
            );
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(
                new BrowserTypeLaunchOptions
                {
                    ExecutablePath = ExecutablePath,
                    Headless = true,
                    Args = Arguments,
                    Env = Environment,
                    Timeout = 60_000,
                }
            );
            return _browser;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
        _playwright?.Dispose();
        _gate.Dispose();
    }
}
