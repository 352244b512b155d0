namespace Hfi.ServiceDefaults.Domain;

/// <summary>A field of a request and what is wrong with it, in words a caller can act on.</summary>
public sealed record FieldError(string Field, string Description);

/// <summary>Base of the errors domain rules raise; the gRPC layer turns each into its status code.</summary>
public abstract class DomainException(string message) : Exception(message);

/// <summary>The request is malformed or breaks a rule: INVALID_ARGUMENT (HTTP 400), naming each field.</summary>
public sealed class ValidationFailedException(IReadOnlyList<FieldError> errors)
    : DomainException(string.Join("; ", errors.Select(e => $"{e.Field}: {e.Description}")))
{
    public ValidationFailedException(string field, string description) : this([new FieldError(field, description)]) { }

    public IReadOnlyList<FieldError> Errors { get; } = errors;
}

/// <summary>What was asked for does not exist (or the caller may not know it does): NOT_FOUND (HTTP 404).</summary>
public sealed class NotFoundException(string message) : DomainException(message);

/// <summary>The change clashes with the current state, e.g. a stale version: ABORTED (HTTP 409).</summary>
public sealed class ConflictException(string message) : DomainException(message);

/// <summary>The step is not allowed in the current state (e.g. out of order): FAILED_PRECONDITION (HTTP 400).</summary>
public sealed class InvalidStateException(string message) : DomainException(message);
