using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Hfi.AppHost;
using Hfi.ServiceDefaults;
using Hfi.ServiceDefaults.Identity;

namespace Hfi.SystemTests;

/// <summary>
/// The whole system booted from the real AppHost by Aspire.Hosting.Testing (real Postgres, RabbitMQ, mail
/// catcher, four services, gateway), on random ports with a throwaway data folder, shared by the system tests.
/// </summary>
public sealed class RunningSystem : IAsyncLifetime
{
    private static readonly TimeSpan BootLimit = TimeSpan.FromMinutes(4);
    private readonly string _dataDirectory = Path.Combine(
        Path.GetTempPath(),
        "hfi-tests",
        $"system-{Guid.NewGuid():N}"
    );

    public DistributedApplication App { get; private set; } = null!;

    /// <summary>
    /// The throwaway folder holding the system's data (Postgres cluster, RabbitMQ node, caught mail).
    /// </summary>
    public string DataDirectory => _dataDirectory;
    public Uri Gateway { get; private set; } = null!;
    public Uri GatewayGrpc { get; private set; } = null!;
    public TokenIssuer Tokens { get; private set; } = null!;

    /// <summary>Where the mail catcher keeps caught mail, one file per message, as its resource shows it.</summary>
    public string CaughtMailFolder { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var boot = new CancellationTokenSource(BootLimit);
        App = await StartAsync(_dataDirectory, boot.Token);

        Gateway = App.GetEndpoint(ResourceNames.Gateway, "http");
        GatewayGrpc = App.GetEndpoint(ResourceNames.Gateway, HfiSystem.GatewayGrpcEndpoint);
        CaughtMailFolder = App.ResourceNotifications.TryGetCurrentState(ResourceNames.Mail, out var mail)
            ? mail.Snapshot.Properties.Single(property => property.Name == "maildir").Value?.ToString()!
            : throw new InvalidOperationException("The mail catcher has no state.");
        Tokens = new TokenIssuer(
            new IdentityOptions
            {
                Issuer = "hfi-dev",
                Audience = "hfi",
                SigningKey = (await File.ReadAllTextAsync(Path.Combine(_dataDirectory, "jwt-signing-key"))).Trim(),
            }
        );
    }

    /// <summary>
    /// Boots the AppHost on <paramref name="dataDirectory"/> (with any further AppHost <paramref name="settings"/>, and
    /// resources changed by <paramref name="configure"/>) and waits until the gateway (and so everything) is healthy.
    /// </summary>
    public static async Task<DistributedApplication> StartAsync(
        string _dataDirectory,
        CancellationToken cancellationToken,
        IEnumerable<string>? settings = null,
        Action<IDistributedApplicationTestingBuilder>? configure = null
    )
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Hfi_AppHost>(
            [$"{HfiSystem.DataDirectorySetting}={_dataDirectory}", .. settings ?? []],
            cancellationToken
        );
        configure?.Invoke(builder);
        var app = await builder.BuildAsync(cancellationToken);
        await app.StartAsync(cancellationToken);
        await app.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Gateway, cancellationToken);
        return app;
    }

    public HttpClient CreateClient(string? token = null)
    {
        var client = new HttpClient { BaseAddress = Gateway };
        if (token is not null)
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public async Task DisposeAsync()
    {
        if (App is not null)
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }

        if (Directory.Exists(_dataDirectory))
            Directory.Delete(_dataDirectory, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<RunningSystem>, ICollectionFixture<Browser.Chromium>
{
    public const string Name = "system";
}
