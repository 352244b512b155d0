using Hfi.Documents.Domain.Files;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Grpc;

namespace Hfi.Documents.Http;

/// <summary>Answers the file endpoints' errors as problem details with the status and reason each one means.</summary>
internal sealed class ProblemEndpointFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DomainException refused)
        {
            return ErrorMapping.Problem(refused);
        }
        catch (UnsupportedFileTypeException unsupported)
        {
            return ErrorMapping.Problem(
                StatusCodes.Status415UnsupportedMediaType,
                Reasons.FileTypeNotAccepted,
                unsupported.Message
            );
        }
        catch (FileTooLargeException tooLarge)
        {
            return ErrorMapping.Problem(StatusCodes.Status413PayloadTooLarge, Reasons.FileTooLarge, tooLarge.Message);
        }
    }
}
