using System.Diagnostics;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Hfi.ServiceDefaults.Domain;
using Microsoft.AspNetCore.Http;

namespace Hfi.ServiceDefaults.Grpc;

/// <summary>
/// The one error mapping. A refusal is a gRPC status carrying its reason (google.rpc.ErrorInfo), its Norwegian
/// wording (google.rpc.LocalizedMessage, nb-NO) and its field violations (google.rpc.BadRequest, each with its own
/// reason and Norwegian text); over REST the same refusal is RFC 7807 problem details with <c>reason</c>, a Norwegian
/// <c>title</c> and <c>detail</c>, <c>errors</c> keyed by field (in Norwegian), the English <c>message</c> and the
/// <c>traceId</c>. Unexpected errors say nothing but that and the trace id.
/// </summary>
public static class ErrorMapping
{
    public const string ReasonDomain = "hfi";
    public const string Norwegian = "nb-NO";
    public const string ProblemContentType = "application/problem+json";

    public static RpcException ToRpcException(DomainException exception) =>
        ToStatus(
                CodeOf(exception),
                exception.Reason,
                exception.Message,
                exception is ValidationFailedException validation ? validation.Errors : []
            )
            .ToRpcException();

    /// <summary>An error nobody foresaw: INTERNAL, with the trace id an operator finds the details under.</summary>
    public static RpcException InternalError() =>
        ToStatus(Code.Internal, Reasons.Internal, $"An internal error occurred; trace id {TraceId()}.", [])
            .ToRpcException();

    public static RpcException UnavailableError() =>
        ToStatus(
                Code.Unavailable,
                Reasons.Unavailable,
                $"A service this call needs did not answer; trace id {TraceId()}.",
                []
            )
            .ToRpcException();

    public static Google.Rpc.Status ToStatus(Code code, Reason reason, string message, IReadOnlyList<FieldError> errors)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        status.Details.Add(Any.Pack(new ErrorInfo { Reason = reason.Code, Domain = ReasonDomain }));
        status.Details.Add(Any.Pack(new LocalizedMessage { Locale = Norwegian, Message = reason.Text }));
        if (errors.Count > 0)
        {
            var badRequest = new BadRequest();
            badRequest.FieldViolations.AddRange(
                errors.Select(error => new BadRequest.Types.FieldViolation
                {
                    Field = error.Field,
                    Description = error.Description,
                    Reason = error.Reason?.Code ?? string.Empty,
                    LocalizedMessage = new LocalizedMessage
                    {
                        Locale = Norwegian,
                        Message = error.Text ?? GeneralFieldText,
                    },
                })
            );
            status.Details.Add(Any.Pack(badRequest));
        }
        return status;
    }

    /// <summary>What a person reads about a field whose rule has no Norwegian wording of its own.</summary>
    public const string GeneralFieldText = "Sjekk dette feltet.";

    /// <summary>The problem details of a refusal, in the shape every REST answer of ours has.</summary>
    public static IResult Problem(
        int status,
        Reason reason,
        string message,
        IReadOnlyList<FieldError>? errors = null
    ) =>
        Results.Json(
            ProblemBody(
                status,
                reason.Code,
                reason.Text,
                message,
                errors?.Select(e => new Violation(e.Field, e.Reason?.Code, e.Text ?? GeneralFieldText, e.Description))
            ),
            statusCode: status,
            contentType: ProblemContentType
        );

    public static IResult Problem(DomainException exception) =>
        Problem(
            HttpStatusOf(CodeOf(exception)),
            exception.Reason,
            exception.Message,
            exception is ValidationFailedException validation ? validation.Errors : null
        );

    public static IResult InternalProblem() =>
        Problem(StatusCodes.Status500InternalServerError, Reasons.Internal, "An internal error occurred.");

    /// <summary>
    /// One field violation as problem details carry it: the field, its reason code, the Norwegian text and the English
    /// description.
    /// </summary>
    internal sealed record Violation(string Field, string? Reason, string Text, string Description);

    internal static Dictionary<string, object?> ProblemBody(
        int status,
        string reason,
        string text,
        string message,
        IEnumerable<Violation>? violations
    )
    {
        var errors = violations?.ToList();
        var body = new Dictionary<string, object?>
        {
            ["type"] = $"urn:hfi:problem:{reason.ToLowerInvariant().Replace('_', '-')}",
            ["title"] = TitleOf(status),
            ["status"] = status,
            ["detail"] = text,
            ["reason"] = reason,
            ["message"] = message,
        };
        var byField = errors
            ?.GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Text).Distinct().ToArray());
        if (byField is { Count: > 0 })
        {
            body["errors"] = byField;
            body["violations"] = errors;
        }
        body["traceId"] = TraceId();
        return body;
    }

    /// <summary>
    /// A JSON-transcoded gRPC status (<c>{"code":…,"message":…,"details":[…]}</c>) read back into problem details;
    /// null when the body is not such a status.
    /// </summary>
    internal static Dictionary<string, object?>? ProblemFromStatusJson(int httpStatus, ReadOnlySpan<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            var root = document.RootElement;
            if (
                root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("code", out var code)
                || code.ValueKind != JsonValueKind.Number
            )
            {
                return null;
            }

            var message =
                root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String
                    ? m.GetString()!
                    : string.Empty;
            var fallback = ReasonOfStatus(httpStatus, (Code)code.GetInt32());
            string? reason = null,
                text = null;
            var errors = new List<Violation>();
            if (root.TryGetProperty("details", out var details) && details.ValueKind == JsonValueKind.Array)
            {
                foreach (var detail in details.EnumerateArray())
                {
                    var type = detail.TryGetProperty("@type", out var t) ? t.GetString() ?? string.Empty : string.Empty;
                    if (
                        type.EndsWith(ErrorInfo.Descriptor.FullName, StringComparison.Ordinal)
                        && detail.TryGetProperty("reason", out var r)
                    )
                    {
                        reason = r.GetString();
                    }
                    else if (
                        type.EndsWith(LocalizedMessage.Descriptor.FullName, StringComparison.Ordinal)
                        && detail.TryGetProperty("message", out var l)
                    )
                    {
                        text = l.GetString();
                    }
                    else if (
                        type.EndsWith(BadRequest.Descriptor.FullName, StringComparison.Ordinal)
                        && detail.TryGetProperty("fieldViolations", out var violations)
                    )
                    {
                        errors.AddRange(violations.EnumerateArray().Select(FieldOf));
                    }
                }
            }
            // A status without our reason was made by the gRPC machinery itself: its message may name .NET types.
            if (reason is null)
                message = fallback == Reasons.Internal ? "An internal error occurred." : message;
            return ProblemBody(httpStatus, reason ?? fallback.Code, text ?? fallback.Text, message, errors);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Problem details written by framework code without a reason (e.g. a model-binding 400) get the reason and
    /// Norwegian text of their status; null when they already have a reason or are no problem details.
    /// </summary>
    internal static Dictionary<string, object?>? ProblemWithReason(int httpStatus, ReadOnlySpan<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || root.TryGetProperty("reason", out _))
                return null;
            var reason = ReasonOfStatus(httpStatus);
            var message =
                httpStatus >= 500
                    ? "An internal error occurred."
                    : StringOf(root, "detail") ?? StringOf(root, "title") ?? string.Empty;
            return ProblemBody(httpStatus, reason.Code, reason.Text, message, null);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Violation FieldOf(JsonElement violation) =>
        new(
            StringOf(violation, "field") ?? string.Empty,
            StringOf(violation, "reason") is { Length: > 0 } reason ? reason : null,
            violation.TryGetProperty("localizedMessage", out var localized)
            && StringOf(localized, "message") is { } text
                ? text
                : GeneralFieldText,
            StringOf(violation, "description") ?? string.Empty
        );

    private static string? StringOf(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static Reason ReasonOfStatus(int httpStatus, Code code = Code.Unknown) =>
        (httpStatus, code) switch
        {
            (_, Code.InvalidArgument) or (400, _) => Reasons.Invalid,
            (_, Code.NotFound) or (404, _) => Reasons.NotFound,
            (_, Code.Aborted or Code.AlreadyExists) or (409, _) => Reasons.Conflict,
            (_, Code.FailedPrecondition) => Reasons.InvalidState,
            (_, Code.Unauthenticated) or (401, _) => Reasons.Unauthenticated,
            (_, Code.PermissionDenied) or (403, _) => Reasons.Forbidden,
            (413, _) => Reasons.TooLarge,
            (415, _) => Reasons.UnsupportedMediaType,
            (_, Code.ResourceExhausted) or (429, _) => Reasons.TooManyRequests,
            (_, Code.Unavailable) or (502 or 503 or 504, _) => Reasons.Unavailable,
            _ when httpStatus < 500 => Reasons.Invalid,
            _ => Reasons.Internal,
        };

    private static string TitleOf(int status) =>
        status switch
        {
            400 => "Forespørselen kan ikke utføres.",
            401 => "Ikke innlogget.",
            403 => "Ingen tilgang.",
            404 => "Ikke funnet.",
            409 => "Konflikt med en annen endring.",
            413 => "For stor forespørsel.",
            415 => "Formatet støttes ikke.",
            429 => "For mange forespørsler.",
            >= 500 => "Feil i tjenesten.",
            _ => "Forespørselen kan ikke utføres.",
        };

    public static Code CodeOf(DomainException exception) =>
        exception switch
        {
            ValidationFailedException => Code.InvalidArgument,
            NotFoundException => Code.NotFound,
            ConflictException => Code.Aborted,
            InvalidStateException => Code.FailedPrecondition,
            SignInRequiredException => Code.Unauthenticated,
            PermissionDeniedException => Code.PermissionDenied,
            _ => Code.Internal,
        };

    public static int HttpStatusOf(Code code) =>
        code switch
        {
            Code.InvalidArgument or Code.FailedPrecondition or Code.OutOfRange => StatusCodes.Status400BadRequest,
            Code.NotFound => StatusCodes.Status404NotFound,
            Code.Aborted or Code.AlreadyExists => StatusCodes.Status409Conflict,
            Code.Unauthenticated => StatusCodes.Status401Unauthorized,
            Code.PermissionDenied => StatusCodes.Status403Forbidden,
            Code.ResourceExhausted => StatusCodes.Status429TooManyRequests,
            Code.Unavailable => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status500InternalServerError,
        };

    public static string TraceId() => Activity.Current?.TraceId.ToString() ?? string.Empty;
}
