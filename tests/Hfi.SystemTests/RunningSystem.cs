using Hfi.AppHost;
using Hfi.Hosting;
using Hfi.ServiceDefaults;
using Hfi.ServiceDefaults.Identity;

namespace Hfi.SystemTests;

/// <summary>
/// The whole system booted by the AppHost's own code and resource graph (real Postgres, RabbitMQ, mail catcher,
/// four services, gateway), on free ports with a throwaway data folder, shared by the system tests.
/// </summary>
public sealed class RunningSystem : IAsyncLifetime
{
    private static readonly TimeSpan BootLimit = TimeSpan.FromMinutes(4);
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "hfi-tests", $"system-{Guid.NewGuid():N}");

    public DistributedApplication App { get; private set; } = null!;
    public Uri Gateway { get; private set; } = null!;
    public Uri GatewayGrpc { get; private set; } = null!;
    public TokenIssuer Tokens { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions
        {
            DataDirectory = dataDirectory,
            DashboardPort = 0,
        });
        builder.AddHfiSystem();
        App = builder.Build();
        await App.StartAsync();

        using var boot = new CancellationTokenSource(BootLimit);
        await App.WaitForHealthyAsync(ResourceNames.Gateway, boot.Token);

        Gateway = App.GetEndpoint(ResourceNames.Gateway, "http");
        GatewayGrpc = App.GetEndpoint(ResourceNames.Gateway, "grpc");
        Tokens = new TokenIssuer(new IdentityOptions
        {
            Issuer = "hfi-dev",
            Audience = "hfi",
            SigningKey = (await File.ReadAllTextAsync(Path.Combine(dataDirectory, "jwt-signing-key"))).Trim(),
        });
    }

    public HttpClient CreateClient(string? token = null)
    {
        var client = new HttpClient { BaseAddress = Gateway };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        if (Directory.Exists(dataDirectory)) Directory.Delete(dataDirectory, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<RunningSystem>, ICollectionFixture<Browser.Chromium>
{
    public const string Name = "system";
}
