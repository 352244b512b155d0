using Hfi.Documents.Extensions;
using Hfi.Documents.Grpc;
using Hfi.Documents.Http;
using Hfi.ServiceDefaults.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapHfiGrpcService<DocumentsService>();
app.MapAttachmentEndpoints();

app.Run();
