using Hfi.Gateway.Extensions;
using Hfi.Gateway.Identity;
using Hfi.Gateway.Security;
using Hfi.ServiceDefaults.Identity;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddHfiIdentity();
builder.AddGatewaySecurity();
builder.AddApplicationServices();

var app = builder.Build();

app.UseGatewayPipeline();
app.UseGatewaySecurity();
app.UseWebUi();
app.MapDefaultEndpoints();
app.MapAuthEndpoints();
app.MapReverseProxy();
app.MapWebUiPages();
app.MapUnknownRoutesToProblemDetails();

app.Run();
