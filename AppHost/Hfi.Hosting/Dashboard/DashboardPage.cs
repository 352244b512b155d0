using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace Hfi.Hosting.Dashboard;

/// <summary>Renders the dashboard page (Norwegian bokmål): a table of resources and their recent console output.</summary>
internal static class DashboardPage
{
    private const int RefreshSeconds = 5;

    public static string Render(IReadOnlyList<ResourceSnapshot> resources)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="nb">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Hfi – driftsoversikt</title>
            <noscript><meta http-equiv="refresh" content="{{RefreshSeconds}}"></noscript>
            <style>{{Styles}}</style>
            </head>
            <body>
            <header>
            <h1>Hfi – driftsoversikt</h1>
            <p><label><input type="checkbox" id="auto-refresh" checked> Oppdater automatisk hvert {{RefreshSeconds}}. sekund</label>
            · Sist oppdatert <time id="updated">{{DateTime.Now:HH:mm:ss}}</time>
            · <a href="/api/resources">Som JSON</a></p>
            </header>
            <main id="content">
            """);
        AppendTable(html, resources);
        AppendLogs(html, resources);
        html.Append(CultureInfo.InvariantCulture, $$"""
            </main>
            <script>{{Script.Replace("REFRESH_MS", (RefreshSeconds * 1000).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)}}</script>
            </body>
            </html>
            """);
        return html.ToString();
    }

    private static void AppendTable(StringBuilder html, IReadOnlyList<ResourceSnapshot> resources)
    {
        html.AppendLine("""
            <table>
            <caption>Ressurser</caption>
            <thead><tr>
            <th scope="col">Navn</th><th scope="col">Type</th><th scope="col">Tilstand</th><th scope="col">Helse</th>
            <th scope="col">Endepunkter</th><th scope="col">PID</th><th scope="col">Omstarter</th>
            </tr></thead>
            <tbody>
            """);
        foreach (var resource in resources)
        {
            var message = resource.Message is null ? string.Empty : $"<br><small>{HtmlEncode(resource.Message)}</small>";
            html.AppendLine(CultureInfo.InvariantCulture, $"""
                <tr>
                <th scope="row">{HtmlEncode(resource.Name)}</th>
                <td>{HtmlEncode(Translate.Type(resource.Type))}</td>
                <td class="state-{resource.State.ToString().ToLowerInvariant()}">{Translate.State(resource.State)}{message}</td>
                <td class="health-{resource.Health.ToString().ToLowerInvariant()}">{Translate.Health(resource.Health)}</td>
                <td>{Endpoints(resource.Endpoints)}</td>
                <td>{(resource.ProcessId is { } processId ? processId.ToString(CultureInfo.InvariantCulture) : "–")}</td>
                <td>{resource.RestartCount.ToString(CultureInfo.InvariantCulture)}</td>
                </tr>
                """);
        }

        html.AppendLine("</tbody></table>");
    }

    private static string Endpoints(IReadOnlyList<ResourceEndpoint> endpoints)
    {
        if (endpoints.Count == 0)
        {
            return "–";
        }

        var items = endpoints.Select(endpoint =>
        {
            var text = $"{HtmlEncode(endpoint.Name)}: {HtmlEncode(endpoint.Url)}";
            return endpoint.Url.StartsWith("http", StringComparison.Ordinal)
                ? $"<li><a href=\"{HtmlEncode(endpoint.Url)}\">{text}</a></li>"
                : $"<li>{text}</li>";
        });
        return $"<ul>{string.Concat(items)}</ul>";
    }

    private static void AppendLogs(StringBuilder html, IReadOnlyList<ResourceSnapshot> resources)
    {
        html.AppendLine("<h2>Konsollogg</h2>");
        foreach (var resource in resources)
        {
            var lines = resource.RecentLog;
            html.AppendLine(CultureInfo.InvariantCulture, $"""
                <details id="logg-{HtmlEncode(resource.Name)}">
                <summary>{HtmlEncode(resource.Name)} ({lines.Count} siste linjer)</summary>
                <pre tabindex="0" aria-label="Konsollogg for {HtmlEncode(resource.Name)}">{HtmlEncode(string.Join('\n', lines))}</pre>
                </details>
                """);
        }
    }

    private const string Styles = """
        body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1a1a1a; background: #fff; }
        table { border-collapse: collapse; width: 100%; }
        caption { text-align: left; font-weight: bold; font-size: 1.2rem; padding-bottom: .5rem; }
        th, td { border: 1px solid #767676; padding: .4rem .6rem; text-align: left; vertical-align: top; }
        thead th { background: #f0f0f0; }
        ul { margin: 0; padding-left: 1rem; }
        .state-running, .health-healthy { color: #0a6b2d; font-weight: bold; }
        .state-failed, .state-exited, .state-restarting, .health-unhealthy { color: #b00020; font-weight: bold; }
        pre { background: #111; color: #eee; padding: .75rem; max-height: 30rem; overflow: auto; white-space: pre-wrap; }
        pre:focus, a:focus, summary:focus, input:focus { outline: 3px solid #005fcc; outline-offset: 2px; }
        summary { cursor: pointer; padding: .3rem 0; }
        """;

    /// <summary>Replaces the content with a fresh copy every few seconds, keeping open logs open.</summary>
    private const string Script = """
        (() => {
          const toggle = document.getElementById('auto-refresh');
          async function refresh() {
            if (!toggle.checked) return;
            try {
              const response = await fetch(location.pathname, { cache: 'no-store' });
              const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
              const open = [...document.querySelectorAll('details[open]')].map(d => d.id);
              document.getElementById('content').innerHTML = fresh.getElementById('content').innerHTML;
              open.forEach(id => document.getElementById(id)?.setAttribute('open', ''));
              document.getElementById('updated').textContent = fresh.getElementById('updated').textContent;
            } catch { /* The AppHost may be stopping; try again next time. */ }
          }
          setInterval(refresh, REFRESH_MS);
        })();
        """;
}
