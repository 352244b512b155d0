using System.Globalization;
using System.Text;

namespace Hfi.Planning.Domain;

/// <summary>Readable, stable identifiers made from Norwegian names: "Gjøvik/ Hadeland" → "gjovik-hadeland".</summary>
public static class Slug
{
    public static string From(string name)
    {
        var builder = new StringBuilder(name.Length);
        var pendingDash = false;
        foreach (var c in Transliterate(name.Trim().ToLowerInvariant()))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingDash && builder.Length > 0)
                    builder.Append('-');
                builder.Append(c);
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }
        return builder.ToString();
    }

    private static string Transliterate(string text)
    {
        var replaced = text.Replace("æ", "ae", StringComparison.Ordinal)
            .Replace("ø", "o", StringComparison.Ordinal)
            .Replace("å", "a", StringComparison.Ordinal);
        var decomposed = replaced.Normalize(NormalizationForm.FormD);
        return new string(
            decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray()
        );
    }
}
