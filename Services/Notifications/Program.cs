using Hfi.Notifications.Extensions;
using Hfi.Notifications.Grpc;
using Hfi.ServiceDefaults.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapHfiGrpcService<NotificationsService>();

app.Run();
