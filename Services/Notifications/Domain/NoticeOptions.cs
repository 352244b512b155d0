using System.ComponentModel.DataAnnotations;

namespace Hfi.Notifications.Domain;

/// <summary>How notices are timed ("Notifications" section).</summary>
public sealed class NoticeOptions
{
    public const string SectionName = "Notifications";

    /// <summary>
    /// How long an e-mail waits for its notice's PDF (Documents renders it after the notice is issued); it goes
    /// out as soon as the PDF is published, or after this wait with a link to the portal instead.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan DocumentWait { get; set; } = TimeSpan.FromMinutes(2);
}
