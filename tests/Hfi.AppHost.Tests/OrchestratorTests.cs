using System.Net.Http.Json;
using System.Text.Json;
using Hfi.Hosting;
using Hfi.Hosting.Servers;
using Hfi.Testing;
using Npgsql;

namespace Hfi.AppHost.Tests;

/// <summary>The supervisor with real servers (no projects: the services are built and tested elsewhere).</summary>
public sealed class OrchestratorTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_project_that_was_not_built_stops_the_start_with_a_clear_message()
    {
        var builder = CreateBuilder();
        builder.AddProject("ghost", Path.Combine(TestDirectory.Create("ghost"), "Ghost.csproj")).WithEndpoint("http");
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Contains("build the solution first", error.Message, StringComparison.Ordinal);
        Assert.Contains("Ghost.dll", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_existing_postgres_gets_the_databases_and_is_neither_started_nor_stopped_by_the_apphost()
    {
        await using var existing = await PostgresServer.StartAsync(new PostgresServerOptions(TestDirectory.Create("existing"), Throwaway: true));
        var builder = CreateBuilder($"--ConnectionStrings:pg={existing.ConnectionString}");
        builder.AddPostgres("pg").AddDatabase("appdb");
        await using var app = builder.Build();

        using var timeout = new CancellationTokenSource(Patience);
        await app.StartAsync(timeout.Token);
        await app.WaitForHealthyAsync("pg", timeout.Token);

        var snapshot = app.GetResourceSnapshot("pg");
        Assert.Equal(ResourceState.Running, snapshot.State);
        Assert.Null(snapshot.ProcessId);
        await using (var connection = new NpgsqlConnection(existing.GetConnectionString("appdb")))
        {
            await connection.OpenAsync(timeout.Token);
        }

        await AssertDashboardShowsAsync(app.DashboardUrl!, "pg");

        await app.StopAsync();
        Assert.Equal(ResourceState.Stopped, app.GetResourceSnapshot("pg").State);
        Assert.True(ProcessTable.IsRunning(existing.ProcessId));
    }

    [Fact]
    public async Task Own_servers_start_become_healthy_and_leave_no_process_behind()
    {
        var builder = CreateBuilder();
        builder.AddPostgres("pg").AddDatabase("appdb");
        builder.AddRabbitMQ("mq");
        await using var app = builder.Build();

        using var timeout = new CancellationTokenSource(Patience);
        await app.StartAsync(timeout.Token);
        await Task.WhenAll(app.WaitForHealthyAsync("pg", timeout.Token), app.WaitForHealthyAsync("mq", timeout.Token));

        var postgres = app.GetResourceSnapshot("pg");
        var rabbitMq = app.GetResourceSnapshot("mq");
        Assert.Equal("postgres", ProcessTable.CommandName(postgres.ProcessId!.Value));
        Assert.Equal("beam.smp", ProcessTable.CommandName(rabbitMq.ProcessId!.Value));
        Assert.Equal("amqp", app.GetEndpoint("mq", "amqp").Scheme);

        await app.StopAsync();

        Assert.All(app.GetResourceSnapshots(), resource => Assert.Equal(ResourceState.Stopped, resource.State));
        Assert.False(ProcessTable.IsRunning(postgres.ProcessId.Value));
        Assert.False(ProcessTable.IsRunning(rabbitMq.ProcessId.Value));
    }

    [Fact]
    public async Task Messages_parked_in_an_error_queue_show_on_the_dashboard_until_the_operator_moves_them_back()
    {
        var builder = CreateBuilder();
        builder.AddRabbitMQ("mq").WithManagementPlugin();
        await using var app = builder.Build();
        using var timeout = new CancellationTokenSource(Patience);
        await app.StartAsync(timeout.Token);
        await app.WaitForHealthyAsync("mq", timeout.Token);
        using var management = new HttpClient { BaseAddress = app.GetEndpoint("mq", "management") };
        management.DefaultRequestHeaders.Authorization =
            new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Convert.ToBase64String("guest:guest"u8.ToArray()));

        // Two messages a consumer gave up on, where MassTransit parks them: the "_error" twin of its queue.
        foreach (var queue in new[] { "demo", "demo_error" })
            (await management.PutAsJsonAsync($"api/queues/%2F/{queue}", new { durable = true })).EnsureSuccessStatusCode();
        for (var i = 0; i < 2; i++)
        {
            (await management.PostAsJsonAsync("api/exchanges/%2F/amq.default/publish",
                new { properties = new { }, routing_key = "demo_error", payload = "{}", payload_encoding = "string" })).EnsureSuccessStatusCode();
        }
        var parked = await Eventually.Get(() => Task.FromResult(app.GetResourceSnapshot("mq").Message),
            message => message?.Contains("demo_error (2)", StringComparison.Ordinal) == true, "the dashboard to show the parked messages");

        // The management UI's "Move messages": a shovel from the error queue back to the queue, gone once it is empty.
        (await management.PutAsJsonAsync("api/parameters/shovel/%2F/move-demo", new
        {
            value = new Dictionary<string, string>
            {
                ["src-protocol"] = "amqp091", ["src-uri"] = "amqp://", ["src-queue"] = "demo_error",
                ["dest-protocol"] = "amqp091", ["dest-uri"] = "amqp://", ["dest-queue"] = "demo", ["src-delete-after"] = "queue-length",
            },
        })).EnsureSuccessStatusCode();
        await Eventually.Get(() => Task.FromResult(app.GetResourceSnapshot("mq").Message),
            message => message is null, "the note to go once the messages are back", TimeSpan.FromSeconds(60));
        var demo = await management.GetFromJsonAsync<JsonElement>("api/queues/%2F/demo");

        Assert.StartsWith("Meldinger i feilkø: demo_error (2).", parked);
        Assert.Equal(2, demo.GetProperty("messages").GetInt32());
    }

    [Fact]
    public async Task A_mail_catcher_keeps_what_it_is_sent_where_the_dashboard_says()
    {
        var builder = CreateBuilder();
        var mailDirectory = TestDirectory.Create("mail");
        builder.AddMailCatcher("mail").WithDataDirectory(mailDirectory);
        await using var app = builder.Build();

        using var timeout = new CancellationTokenSource(Patience);
        await app.StartAsync(timeout.Token);
        await app.WaitForHealthyAsync("mail", timeout.Token);
        var smtp = app.GetEndpoint("mail", "smtp");
        using (var client = new System.Net.Mail.SmtpClient(smtp.Host, smtp.Port))
        {
            await client.SendMailAsync("avsender@hfi.test", "mottaker@hfi.test", "Innkalling", "Hei", timeout.Token);
        }

        var caughtMail = Path.Combine(mailDirectory, "maildir", "new");
        Assert.Equal("smtp", smtp.Scheme);
        Assert.Equal(caughtMail, app.GetResourceSnapshot("mail").Endpoints.Single(endpoint => endpoint.Name == "maildir").Url);
        Assert.Contains("Subject: Innkalling", await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(caughtMail)), timeout.Token));
        await AssertDashboardShowsAsync(app.DashboardUrl!, "mail");
        using (var dashboard = new HttpClient { BaseAddress = app.DashboardUrl })
        {
            var page = await dashboard.GetStringAsync("/", timeout.Token);
            Assert.Contains("E-postfanger", page, StringComparison.Ordinal);
            Assert.Contains(caughtMail, page, StringComparison.Ordinal);
        }

        var processId = app.GetResourceSnapshot("mail").ProcessId!.Value;
        await app.StopAsync();
        Assert.False(ProcessTable.IsRunning(processId));
        Directory.Delete(mailDirectory, recursive: true);
    }

    private static IDistributedApplicationBuilder CreateBuilder(params string[] args) =>
        DistributedApplication.CreateBuilder(new DistributedApplicationOptions
        {
            Args = args,
            DataDirectory = TestDirectory.Create("apphost"),
            DashboardPort = 0,
        });

    private static async Task AssertDashboardShowsAsync(Uri dashboardUrl, string resourceName)
    {
        using var client = new HttpClient { BaseAddress = dashboardUrl };

        using var json = JsonDocument.Parse(await client.GetStringAsync("api/resources"));
        var resource = json.RootElement.EnumerateArray().Single(element => element.GetProperty("name").GetString() == resourceName);
        Assert.Equal("Running", resource.GetProperty("state").GetString());
        Assert.Equal("Healthy", resource.GetProperty("health").GetString());

        var page = await client.GetStringAsync("/");
        Assert.Contains("<html lang=\"nb\">", page, StringComparison.Ordinal);
        Assert.Contains("Kjører", page, StringComparison.Ordinal);
    }
}
