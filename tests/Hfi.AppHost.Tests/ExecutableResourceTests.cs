using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Hfi.ServiceDefaults;
using Npgsql;

namespace Hfi.AppHost.Tests;

/// <summary>
/// Our executable resources under the real Aspire orchestrator (DCP), as the AppHost declares them, without the
/// projects: Postgres with its databases, RabbitMQ with its management API, the mail catcher.
/// </summary>
public sealed class ExecutableResourceTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private readonly string _dataDirectory = TestDirectory.Create("resources");
    private DistributedApplication _app = null!;

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Hfi_AppHost>([
            $"{HfiSystem.DataDirectorySetting}={_dataDirectory}",
        ]);
        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
        {
            // The project and what Aspire adds for it (its hidden "-rebuilder").
            foreach (
                var resource in builder
                    .Resources.Where(r =>
                        r == project || r.Name.StartsWith($"{project.Name}-", StringComparison.Ordinal)
                    )
                    .ToList()
            )
            {
                builder.Resources.Remove(resource);
            }
        }

        _app = await builder.BuildAsync();

        using var timeout = new CancellationTokenSource(Patience);
        await _app.StartAsync(timeout.Token);
        await Task.WhenAll(
            new[] { ResourceNames.PlanningDatabase, ResourceNames.RabbitMq, ResourceNames.Mail }.Select(name =>
                _app.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token)
            )
        );
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task A_database_is_created_on_first_start_and_its_connection_string_reaches_it()
    {
        var connectionString = await _app.GetConnectionStringAsync(ResourceNames.PlanningDatabase);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_database()", connection);

        Assert.Equal(ResourceNames.PlanningDatabase, await command.ExecuteScalarAsync());
        Assert.Contains("Host=127.0.0.1", connectionString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parked_messages_show_on_the_broker_until_the_operator_command_moves_them_back()
    {
        using var management = new HttpClient { BaseAddress = _app.GetEndpoint(ResourceNames.RabbitMq, "management") };
        management.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic",
            Convert.ToBase64String("guest:guest"u8.ToArray())
        );
        foreach (var queue in new[] { "demo", "demo_error" })
        {
            (
                await management.PutAsJsonAsync($"api/queues/%2F/{queue}", new { durable = true })
            ).EnsureSuccessStatusCode();
        }

        for (var i = 0; i < 2; i++)
        {
            (
                await management.PostAsJsonAsync(
                    "api/exchanges/%2F/amq.default/publish",
                    new
                    {
                        properties = new { },
                        routing_key = "demo_error",
                        payload = "{}",
                        payload_encoding = "string",
                    }
                )
            ).EnsureSuccessStatusCode();
        }

        await Eventually(async () => await MessagesAsync(management, "demo_error") == 2);
        var result = await _app.ResourceCommands.ExecuteCommandAsync(ResourceNames.RabbitMq, "move-error-queues-back");
        await Eventually(async () => await MessagesAsync(management, "demo") == 2);

        Assert.True(result.Success, result.Message);
        Assert.Equal(0, await MessagesAsync(management, "demo_error"));
    }

    [Fact]
    public async Task The_mail_catcher_keeps_what_it_is_sent_in_the_maildir_its_resource_names()
    {
        var smtp = _app.GetEndpoint(ResourceNames.Mail, "smtp");
        using (var client = new System.Net.Mail.SmtpClient(smtp.Host, smtp.Port))
        {
            await client.SendMailAsync("avsender@hfi.test", "mottaker@hfi.test", "Innkalling", "Hei");
        }

        Assert.True(_app.ResourceNotifications.TryGetCurrentState(ResourceNames.Mail, out var mail));
        var folder = mail.Snapshot.Properties.Single(property => property.Name == "maildir").Value?.ToString();
        Assert.Equal(Path.Combine(_dataDirectory, "mail", "maildir", "new"), folder);
        await Eventually(() => Task.FromResult(Directory.Exists(folder) && Directory.GetFiles(folder).Length == 1));
        Assert.Contains(
            "Subject: Innkalling",
            await File.ReadAllTextAsync(Directory.GetFiles(folder!).Single()),
            StringComparison.Ordinal
        );
    }

    /// <summary>A queue's message count (absent until the node has gathered its first statistics).</summary>
    private static async Task<int?> MessagesAsync(HttpClient management, string queue) =>
        (await management.GetFromJsonAsync<JsonElement>($"api/queues/%2F/{queue}")).TryGetProperty(
            "messages",
            out var messages
        )
            ? messages.GetInt32()
            : null;

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not become true within 30 s");
            await Task.Delay(200);
        }
    }
}
