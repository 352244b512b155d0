using System.Globalization;
using System.Text;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Hfi.ServiceDefaults.Audit;

/// <summary>
/// What an audit entry says about a request: the ids it names (fields called *_id, and a plan's year) and a short
/// "field=value" summary of its other values. File contents are left out; long texts are cut.
/// </summary>
public static class RequestSummary
{
    private const int TextLength = 80;
    private const int MaxDepth = 3;

    public static IEnumerable<string> EntityIdsOf(IMessage? message, int depth = 0)
    {
        if (message is null || depth > MaxDepth)
            yield break;
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            var value = field.Accessor.GetValue(message);
            if (field.IsRepeated || field.IsMap)
                continue;
            if (field.FieldType == FieldType.Message)
            {
                foreach (var id in EntityIdsOf(value as IMessage, depth + 1))
                    yield return id;
            }
            else if (IsIdField(field) && Text(value) is { Length: > 0 } id)
            {
                yield return id;
            }
        }
    }

    public static string Of(IMessage message)
    {
        var summary = new StringBuilder();
        Append(summary, message, prefix: string.Empty, depth: 0);
        return summary.ToString();
    }

    private static void Append(StringBuilder summary, IMessage message, string prefix, int depth)
    {
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            var name = prefix + field.Name;
            var value = field.Accessor.GetValue(message);
            if (field.IsMap || field.IsRepeated)
            {
                if (value is System.Collections.ICollection { Count: > 0 } items)
                    Add(summary, name, $"[{items.Count}]");
            }
            else if (field.FieldType == FieldType.Message)
            {
                if (value is IMessage nested && depth < MaxDepth)
                    Append(summary, nested, name + ".", depth + 1);
            }
            else if (
                field.FieldType != FieldType.Bytes
                && Text(value) is { Length: > 0 } text
                && !IsDefault(field, value)
            )
            {
                Add(summary, name, text.Length <= TextLength ? text : text[..TextLength] + "…");
            }
        }
    }

    private static void Add(StringBuilder summary, string name, string value)
    {
        if (summary.Length > 0)
            summary.Append(", ");
        summary.Append(name).Append('=').Append(value);
    }

    private static bool IsIdField(FieldDescriptor field) =>
        field.FieldType is FieldType.String or FieldType.Int32 or FieldType.Int64
        && (field.Name.EndsWith("_id", StringComparison.Ordinal) || field.Name == "year");

    private static bool IsDefault(FieldDescriptor field, object value) =>
        field.FieldType switch
        {
            FieldType.Bool => value is false,
            FieldType.Enum => Convert.ToInt32(value, CultureInfo.InvariantCulture) == 0,
            _ => value is 0 or 0L or 0u or 0UL or 0d or 0f,
        };

    private static string? Text(object? value) =>
        value switch
        {
            null => null,
            string text => text,
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
}
