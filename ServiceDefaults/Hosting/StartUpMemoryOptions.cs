using System.ComponentModel.DataAnnotations;

namespace Hfi.ServiceDefaults.Hosting;

/// <summary>When and how <see cref="StartUpMemoryRelease"/> gives the memory of start-up back (section "Hosting").</summary>
public sealed class StartUpMemoryOptions
{
    public const string SectionName = "Hosting";

    /// <summary>Seconds after the application started; -1 turns the release off.</summary>
    [Range(-1, 3600)]
    public int ReleaseStartUpMemoryAfterSeconds { get; set; } = 10;

    /// <summary>
    /// After the collection, also hand glibc's free native memory back to the operating system (malloc_trim): the
    /// allocator keeps what start-up freed in its arenas otherwise.
    /// </summary>
    public bool TrimNativeHeap { get; set; } = true;
}
