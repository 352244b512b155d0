namespace Hfi.ServiceDefaults.Domain;

/// <summary>
/// A field of a request and what is wrong with it: <paramref name="Description"/> in English for APIs and logs,
/// <paramref name="Text"/> in Norwegian for the person (a general Norwegian sentence when none is given).
/// </summary>
public sealed record FieldError(string Field, string Description, string? Text = null)
{
    public FieldError(string field, Reason reason, string description)
        : this(field, description, reason.Text) => Reason = reason;

    /// <summary>
    /// What is wrong with the field, e.g. TEXT_CONTROL_CHARACTER; null when only the description says.
    /// </summary>
    public Reason? Reason { get; init; }
}

/// <summary>
/// Base of the errors domain rules raise; the one error mapping turns each into its gRPC status and problem
/// details. Each carries a stable reason code with its Norwegian wording (<see cref="Reasons"/>) beside the English
/// message.
/// </summary>
public abstract class DomainException(Reason reason, string message) : Exception(message)
{
    public Reason Reason { get; } = reason;
}

/// <summary>The request is malformed or breaks a rule: INVALID_ARGUMENT (HTTP 400), naming each field.</summary>
public sealed class ValidationFailedException(IReadOnlyList<FieldError> errors, Reason? reason = null)
    : DomainException(
        reason ?? (errors is [{ Reason: { } only }] ? only : Reasons.Invalid),
        string.Join("; ", errors.Select(e => $"{e.Field}: {e.Description}"))
    )
{
    public ValidationFailedException(string field, string description)
        : this([new FieldError(field, description)]) { }

    public ValidationFailedException(string field, Reason reason, string description)
        : this([new FieldError(field, reason, description)], reason) { }

    public IReadOnlyList<FieldError> Errors { get; } = errors;
}

/// <summary>What was asked for does not exist (or the caller may not know it does): NOT_FOUND (HTTP 404).</summary>
public sealed class NotFoundException(Reason reason, string message) : DomainException(reason, message)
{
    public NotFoundException(string message)
        : this(Reasons.NotFound, message) { }
}

/// <summary>The change clashes with the current state, e.g. a stale version: ABORTED (HTTP 409).</summary>
public sealed class ConflictException(Reason reason, string message) : DomainException(reason, message)
{
    public ConflictException(string message)
        : this(Reasons.Conflict, message) { }
}

/// <summary>The step is not allowed in the current state (e.g. out of order): FAILED_PRECONDITION (HTTP 400).</summary>
public sealed class InvalidStateException(Reason reason, string message) : DomainException(reason, message)
{
    public InvalidStateException(string message)
        : this(Reasons.InvalidState, message) { }
}

/// <summary>The caller must sign in first: UNAUTHENTICATED (HTTP 401).</summary>
public sealed class SignInRequiredException(Reason reason, string message) : DomainException(reason, message);

/// <summary>The caller is known but may not do this: PERMISSION_DENIED (HTTP 403).</summary>
public sealed class PermissionDeniedException(Reason reason, string message) : DomainException(reason, message);
