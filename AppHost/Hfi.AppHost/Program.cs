using Microsoft.Extensions.DependencyInjection;

var builder = DistributedApplication.CreateBuilder(args);
builder.AddHfiSystem();
builder.Services.AddHostedService<ReadyBanner>();
await builder.Build().RunAsync();
