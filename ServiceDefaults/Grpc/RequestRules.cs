using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.ServiceDefaults.Grpc;

/// <summary>
/// The rules every request message meets before a service looks at it, over gRPC and transcoded REST alike: each
/// text (nested, repeated and map fields too) passes <see cref="TextRules"/>, and each enum holds one of its values.
/// </summary>
internal static class RequestRules
{
    private const int MaxErrors = 20;

    public static void Check<TRequest>(TRequest request)
    {
        if (request is not IMessage message)
            return;
        var errors = new List<FieldError>();
        Walk(message, prefix: string.Empty, errors, depth: 0);
        if (errors.Count > 0)
            throw new ValidationFailedException(errors);
    }

    private static void Walk(IMessage message, string prefix, List<FieldError> errors, int depth)
    {
        if (depth > 16)
            return;
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            if (errors.Count >= MaxErrors)
                return;
            var name = prefix + field.Name;
            var value = field.Accessor.GetValue(message);
            if (field.IsMap)
            {
                if (value is not IDictionary map)
                    continue;
                var valueField = field.MessageType.FindFieldByNumber(2);
                foreach (DictionaryEntry entry in map)
                {
                    var at = $"{name}[{entry.Key}]";
                    CheckValue(field.MessageType.FindFieldByNumber(1), at, entry.Key, errors, depth);
                    CheckValue(valueField, at, entry.Value, errors, depth);
                }
            }
            else if (field.IsRepeated)
            {
                if (value is not IList list)
                    continue;
                for (var i = 0; i < list.Count; i++)
                    CheckValue(field, $"{name}[{i}]", list[i], errors, depth);
            }
            else
            {
                CheckValue(field, name, value, errors, depth);
            }
        }
    }

    private static void CheckValue(
        FieldDescriptor field,
        string name,
        object? value,
        List<FieldError> errors,
        int depth
    )
    {
        switch (field.FieldType)
        {
            // Wrapper fields (google.protobuf.StringValue) arrive unwrapped, as text.
            case FieldType.String
            or FieldType.Message when value is string text && TextRules.Check(name, text) is { } error:
                errors.Add(error);
                break;
            case FieldType.Enum
                when value is not null
                    && field.EnumType.FindValueByNumber(
                        Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)
                    )
                        is null:
                errors.Add(
                    new FieldError(
                        name,
                        Reasons.UnknownChoice,
                        $"{Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)} is not one of {string.Join(", ", field.EnumType.Values.Select(v => v.Name))}."
                    )
                );
                break;
            case FieldType.Message when value is IMessage nested:
                Walk(nested, name + ".", errors, depth + 1);
                break;
        }
    }
}
