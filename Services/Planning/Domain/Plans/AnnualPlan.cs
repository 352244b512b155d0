namespace Hfi.Planning.Domain.Plans;

/// <summary>The partnership's plan of meetings for one year (årsplan).</summary>
public sealed class AnnualPlan
{
    public int Year { get; init; }
    public PlanStatus Status { get; set; } = PlanStatus.Draft;

    /// <summary>The case that approved the plan, e.g. "sak 33/24".</summary>
    public string? ApprovalCase { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }

    /// <summary>Raised by every change; an edit carrying an older version is refused.</summary>
    public int Version { get; set; } = 1;
    public List<PlannedMeeting> Meetings { get; init; } = [];
}
