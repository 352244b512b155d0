using System.ComponentModel.DataAnnotations;
using Hfi.ServiceDefaults.Hosting;

namespace Hfi.ServiceDefaults.Tests.Hosting;

public sealed class IdleMemoryTests
{
    private static readonly TimeSpan Start = TimeSpan.FromHours(3);

    private static IdleMemory.CpuSample At(double seconds, double cpuMilliseconds) =>
        new(Start + TimeSpan.FromSeconds(seconds), TimeSpan.FromMilliseconds(cpuMilliseconds));

    [Theory]
    [InlineData(0, true)] // nothing ran at all
    [InlineData(300, true)] // 2 % of a core over 15 s: telemetry export and health probes
    [InlineData(1500, true)] // exactly 10 %
    [InlineData(1501, false)]
    [InlineData(7500, false)] // half a core: serving reads
    [InlineData(30000, false)] // both cores: a fan-out
    public void A_process_is_idle_while_it_used_at_most_its_share_of_one_core(double cpuMilliseconds, bool idle) =>
        Assert.Equal(idle, IdleMemory.WasIdle(At(0, 1000), At(15, 1000 + cpuMilliseconds), idleCpuPerMille: 100));

    [Fact]
    public void No_time_between_the_samples_is_never_idle() =>
        Assert.False(IdleMemory.WasIdle(At(5, 1000), At(5, 1000), idleCpuPerMille: 100));

    [Fact]
    public void A_share_of_zero_counts_only_a_process_that_used_no_cpu_at_all()
    {
        Assert.True(IdleMemory.WasIdle(At(0, 1000), At(15, 1000), idleCpuPerMille: 0));
        Assert.False(IdleMemory.WasIdle(At(0, 1000), At(15, 1001), idleCpuPerMille: 0));
    }

    [Fact]
    public void The_defaults_are_valid_and_a_share_above_one_core_is_refused()
    {
        Assert.True(IsValid(new StartUpMemoryOptions()));
        Assert.False(IsValid(new StartUpMemoryOptions { IdleCpuPerMille = 1001 }));
        Assert.False(IsValid(new StartUpMemoryOptions { ReleaseIdleMemoryEverySeconds = 0 }));
        Assert.True(IsValid(new StartUpMemoryOptions { ReleaseIdleMemoryEverySeconds = -1 }));
    }

    private static bool IsValid(StartUpMemoryOptions options) =>
        Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true);
}
