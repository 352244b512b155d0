using System.Diagnostics;
using System.Text;
using Microsoft.Playwright;

namespace Hfi.SystemTests.Browser;

/// <summary>
/// A "Forhåndsvis PDF" link opened as the secretariat does: the file it downloads is kept beside the screenshots,
/// with a PNG of each page (pdftoppm) to look at, and its text is read back with pdftotext (Debian's poppler-utils).
/// </summary>
public static class PdfPreview
{
    public static async Task<string> OpenAsync(IPage page, ILocator link, string name)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var pdf = Path.Combine(Screenshots.Folder, $"{name}.pdf");
        await download.SaveAsAsync(pdf);
        var bytes = await File.ReadAllBytesAsync(pdf);
        Assert.True(bytes.Length > 4 && Encoding.ASCII.GetString(bytes, 0, 4) == "%PDF", $"{name} is not a PDF.");
        await RunAsync("pdftoppm", "-png", "-r", "80", pdf, Path.Combine(Screenshots.Folder, name));
        return await RunAsync("pdftotext", pdf, "-");
    }

    private static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process =
            Process.Start(start)
            ?? throw new InvalidOperationException($"{tool} did not start (install poppler-utils).");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {await errors}");
        return await output;
    }
}
