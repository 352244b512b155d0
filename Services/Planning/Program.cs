using Hfi.Planning.Extensions;
using Hfi.Planning.Grpc;
using Hfi.ServiceDefaults.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapHfiGrpcService<PlanningService>();

app.Run();
