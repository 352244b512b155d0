using Hfi.Documents.Data;
using Hfi.ServiceDefaults;
using Hfi.ServiceDefaults.Data;
using Hfi.ServiceDefaults.Grpc;
using Hfi.ServiceDefaults.Messaging;

namespace Hfi.Documents.Extensions;

internal static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddHfiGrpc();
        builder.AddHfiDatabase<DocumentsDbContext>(ResourceNames.DocumentsDatabase);
        builder.AddHfiMessaging<DocumentsDbContext>(ResourceNames.Documents);
        return builder;
    }
}
