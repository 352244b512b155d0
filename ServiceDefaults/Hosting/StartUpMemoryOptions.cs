using System.ComponentModel.DataAnnotations;

namespace Hfi.ServiceDefaults.Hosting;

/// <summary>When and how <see cref="StartUpMemoryRelease"/> gives the memory of start-up back (section "Hosting").</summary>
public sealed class StartUpMemoryOptions : IValidatableObject
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

    /// <summary>
    /// After the start-up release, how often (seconds) the process checks whether it was idle since the last check,
    /// and if so releases its memory the same way again (<see cref="IdleMemory"/>); -1 turns it off.
    /// </summary>
    [Range(-1, 3600)]
    public int ReleaseIdleMemoryEverySeconds { get; set; } = 15;

    /// <summary>
    /// The process counts as idle over a check's interval when it used at most this many thousandths of one core's
    /// time in it. An idle service (telemetry export every second, health probes) uses ~20 ‰ on a busy machine, ~60 ‰
    /// while its tier-1 JIT still works; one serving reads or sending a notice uses hundreds.
    /// </summary>
    [Range(0, 1000)]
    public int IdleCpuPerMille { get; set; } = 100;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ReleaseIdleMemoryEverySeconds == 0)
        {
            yield return new ValidationResult(
                "ReleaseIdleMemoryEverySeconds must be -1 (off) or a number of seconds from 1 to 3600.",
                [nameof(ReleaseIdleMemoryEverySeconds)]
            );
        }
    }
}
