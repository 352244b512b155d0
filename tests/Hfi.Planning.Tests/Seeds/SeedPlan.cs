namespace Hfi.Planning.Tests.Seeds;

/// <summary>The secretariat's real 2025 annual plan (case 33/24), exactly as pasted: prose, titles, repeated headers.</summary>
public static class SeedPlan
{
    public static string Text2025 => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "arsplan-2025.txt"));
}
