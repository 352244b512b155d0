var builder = DistributedApplication.CreateBuilder(args);
builder.AddHfiSystem();
await builder.Build().RunAsync();
