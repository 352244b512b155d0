namespace Hfi.ServiceDefaults.Domain;

/// <summary>Ids arrive as text in requests; one rule turns them into Guids or refuses them naming the field.</summary>
public static class RequestIds
{
    public static Guid Parse(string? value, string field) =>
        Guid.TryParse(value, out var id)
            ? id
            : throw new ValidationFailedException(field, $"'{value}' is not a valid id (a UUID).");
}
