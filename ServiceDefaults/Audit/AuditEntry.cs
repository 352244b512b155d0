namespace Hfi.ServiceDefaults.Audit;

/// <summary>One change someone made through a service's API: who, what, to which entities, when.</summary>
public sealed class AuditEntry
{
    public const int SummaryLength = 500;

    /// <summary>Assigned by the database in commit order, so the newest first is simply the highest id.</summary>
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>The operation, e.g. "AddAgendaItem" or "UploadAttachment".</summary>
    public required string Action { get; set; }
    public string? Subject { get; set; }
    public string? Name { get; set; }
    public string? Role { get; set; }

    /// <summary>Every id the request (and a create's answer) named: meeting, item, attachment, plan year, ...</summary>
    public List<string> EntityIds { get; set; } = [];
    public required string Summary { get; set; }
    public string? RequestId { get; set; }
}
