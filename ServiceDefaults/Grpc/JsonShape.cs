using System.Globalization;
using System.Text.Json;
using Google.Protobuf.Reflection;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.ServiceDefaults.Grpc;

/// <summary>
/// Checks a REST body against the request message it is transcoded into, so that a value of the wrong type, or an
/// enum value that does not exist, is refused naming its field (in proto terms, never in .NET type names).
/// Fields the message does not have are left to transcoding.
/// </summary>
internal static class JsonShape
{
    private const int MaxErrors = 20;
    private const int MaxDepth = 32;

    public static List<FieldError> Check(JsonElement body, MessageDescriptor message)
    {
        var errors = new List<FieldError>();
        if (body.ValueKind != JsonValueKind.Object)
            errors.Add(new FieldError("body", Reasons.WrongType, "The body must be a JSON object."));
        CheckMessage(body, message, prefix: string.Empty, errors, depth: 0);
        return errors;
    }

    private static void CheckMessage(
        JsonElement json,
        MessageDescriptor message,
        string prefix,
        List<FieldError> errors,
        int depth
    )
    {
        if (depth > MaxDepth || json.ValueKind != JsonValueKind.Object)
            return;
        foreach (var property in json.EnumerateObject())
        {
            if (errors.Count >= MaxErrors)
                return;
            var field =
                message.FindFieldByName(property.Name)
                ?? message.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == property.Name);
            if (field is null)
                continue;
            CheckField(property.Value, field, prefix + field.Name, errors, depth);
        }
    }

    private static void CheckField(
        JsonElement value,
        FieldDescriptor field,
        string name,
        List<FieldError> errors,
        int depth
    )
    {
        if (value.ValueKind == JsonValueKind.Null)
            return;
        if (field.IsMap)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                errors.Add(Wrong(name, "an object"));
                return;
            }
            var valueField = field.MessageType.FindFieldByNumber(2);
            foreach (var entry in value.EnumerateObject())
                CheckSingle(entry.Value, valueField, $"{name}[{entry.Name}]", errors, depth);
            return;
        }
        if (field.IsRepeated)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                errors.Add(Wrong(name, "a list"));
                return;
            }
            var i = 0;
            foreach (var element in value.EnumerateArray())
                CheckSingle(element, field, $"{name}[{i++}]", errors, depth);
            return;
        }
        CheckSingle(value, field, name, errors, depth);
    }

    private static void CheckSingle(
        JsonElement value,
        FieldDescriptor field,
        string name,
        List<FieldError> errors,
        int depth
    )
    {
        if (value.ValueKind == JsonValueKind.Null)
            return;
        var problem = field.FieldType switch
        {
            FieldType.String or FieldType.Bytes => value.ValueKind == JsonValueKind.String ? null : "text",
            FieldType.Bool => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : "true or false",
            FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => Integer(value, int.MinValue, int.MaxValue),
            FieldType.UInt32 or FieldType.Fixed32 => Integer(value, 0, uint.MaxValue),
            FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 or FieldType.UInt64 or FieldType.Fixed64 =>
                Integer(value, long.MinValue, ulong.MaxValue),
            FieldType.Double or FieldType.Float => value.ValueKind is JsonValueKind.Number
            || (
                value.ValueKind == JsonValueKind.String
                && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            )
                ? null
                : "a number",
            FieldType.Enum => null,
            FieldType.Message => null,
            _ => null,
        };
        if (problem is not null)
        {
            errors.Add(Wrong(name, problem));
            return;
        }

        if (field.FieldType == FieldType.Enum)
            CheckEnum(value, field.EnumType, name, errors);
        else if (field.FieldType == FieldType.Message)
            CheckMessageValue(value, field.MessageType, name, errors, depth);
    }

    private static void CheckEnum(JsonElement value, EnumDescriptor type, string name, List<FieldError> errors)
    {
        var known = value.ValueKind switch
        {
            JsonValueKind.String => type.FindValueByName(value.GetString()!) is not null,
            JsonValueKind.Number => value.TryGetInt32(out var number) && type.FindValueByNumber(number) is not null,
            _ => false,
        };
        if (!known)
        {
            var given = value.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? $"'{Shorten(value.ToString())}'"
                : "This value";
            errors.Add(
                new FieldError(
                    name,
                    Reasons.UnknownChoice,
                    $"{given} is not one of {string.Join(", ", type.Values.Select(v => v.Name))}."
                )
            );
        }
    }

    private static void CheckMessageValue(
        JsonElement value,
        MessageDescriptor type,
        string name,
        List<FieldError> errors,
        int depth
    )
    {
        switch (type.FullName)
        {
            case "google.protobuf.Timestamp" or "google.protobuf.Duration" or "google.protobuf.FieldMask":
                if (value.ValueKind != JsonValueKind.String)
                    errors.Add(Wrong(name, type.Name == "Timestamp" ? "a time such as 2025-09-18T09:00:00Z" : "text"));
                break;
            case "google.protobuf.Value"
            or "google.protobuf.Struct"
            or "google.protobuf.ListValue"
            or "google.protobuf.Any":
                break;
            case var wrapper
                when wrapper.StartsWith("google.protobuf.", StringComparison.Ordinal)
                    && wrapper.EndsWith("Value", StringComparison.Ordinal):
                CheckSingle(value, type.FindFieldByNumber(1), name, errors, depth);
                break;
            default:
                if (value.ValueKind != JsonValueKind.Object)
                    errors.Add(Wrong(name, "an object"));
                else
                    CheckMessage(value, type, name + ".", errors, depth + 1);
                break;
        }
    }

    private static string? Integer(JsonElement value, decimal min, decimal max)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.String => value.GetString(),
            _ => null,
        };
        return
            decimal.TryParse(
                text,
                NumberStyles.Integer | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture,
                out var number
            )
            && number == decimal.Truncate(number)
            && number >= min
            && number <= max
            ? null
            : $"a whole number between {min} and {max}";
    }

    private static FieldError Wrong(string name, string expected) =>
        new(name, Reasons.WrongType, $"Expected {expected}.");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
