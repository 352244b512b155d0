namespace Hfi.Contracts;

/// <summary>The annual plan of a year was approved (or approved again after revisions) by the case named.</summary>
public sealed record PlanApproved
{
    public required int Year { get; init; }

    /// <summary>The approving case, e.g. "sak 33/24".</summary>
    public required string ApprovalCase { get; init; }
    public required int PlanVersion { get; init; }
    public required int MeetingCount { get; init; }
    public required DateTimeOffset ApprovedAt { get; init; }
}
