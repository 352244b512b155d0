using Hfi.Documents.Domain.Files;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Documents.Http;

/// <summary>Answers the file endpoints' errors as problem details with the status each one means.</summary>
internal sealed class ProblemEndpointFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ValidationFailedException invalid)
        {
            return Results.ValidationProblem(
                invalid.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()),
                detail: invalid.Message);
        }
        catch (Exception error) when (StatusOf(error) is { } status)
        {
            return Results.Problem(detail: error.Message, statusCode: status);
        }
    }

    private static int? StatusOf(Exception error) => error switch
    {
        NotFoundException => StatusCodes.Status404NotFound,
        ConflictException => StatusCodes.Status409Conflict,
        InvalidStateException => StatusCodes.Status400BadRequest,
        UnsupportedFileTypeException => StatusCodes.Status415UnsupportedMediaType,
        FileTooLargeException => StatusCodes.Status413PayloadTooLarge,
        _ => null,
    };
}
