using Hfi.Meetings.Extensions;
using Hfi.Meetings.Grpc;
using Hfi.ServiceDefaults.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapHfiGrpcService<MeetingsService>(pipeline => pipeline.UseMiddleware<CachedJsonReads>());

app.Run();
