using System.Globalization;
using Hfi.Hosting.Servers;

namespace Hfi.Hosting.Orchestration;

/// <summary>The dashboard's note on messages parked in error queues (Norwegian bokmål), or null when there are none.</summary>
internal static class ParkedText
{
    public static string? Describe(IReadOnlyList<ParkedMessages> parked)
    {
        if (parked.Count == 0) return null;
        var queues = string.Join(", ", parked.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Queue} ({p.Count})")));
        return $"Meldinger i feilkø: {queues}. Rett feilen, og flytt dem tilbake til køen sin med «Move messages» i administrasjonsgrensesnittet.";
    }
}
