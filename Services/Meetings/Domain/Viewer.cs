using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;

namespace Hfi.Meetings.Domain;

/// <summary>
/// The one place that decides which audiences a caller belongs to. Every read path filters items, texts,
/// attachments, decisions and follow-ups through it: the secretariat sees all, municipal representatives
/// see what is for all members and for them, everyone else only what is for all members.
/// </summary>
public sealed class Viewer
{
    public static readonly Viewer Municipal = new(
        Audiences.MunicipalRepresentatives,
        [Audiences.AllMembers, Audiences.MunicipalRepresentatives]
    );
    public static readonly Viewer AllMembers = new(Audiences.AllMembers, [Audiences.AllMembers]);

    /// <summary>The secretariat: every audience there is (today the municipal one holds them all).</summary>
    public static readonly Viewer Everyone = Municipal;

    private readonly HashSet<string> _audiences;

    private Viewer(string noticeAudience, IEnumerable<string> audiences)
    {
        NoticeAudience = noticeAudience;
        _audiences = [.. audiences];
        Key = $"{noticeAudience}:{string.Join(',', _audiences.Order(StringComparer.Ordinal))}";
    }

    /// <summary>
    /// What sets this viewer's answers apart from another's: the notice audience and every audience seen. Answers
    /// built for a viewer are cached and tagged under it, so two viewers share them only if they see the same.
    /// </summary>
    public string Key { get; }

    /// <summary>The notice (and minutes) version this viewer receives.</summary>
    public string NoticeAudience { get; }

    public static Viewer For(Caller caller) =>
        caller.IsSecretariat ? Everyone
        : caller.IsMunicipal ? Municipal
        : AllMembers;

    /// <summary>A member by the side they sit for: municipal representatives, or everyone else.</summary>
    public static Viewer ForPartnerKind(string? partnerKind) =>
        partnerKind == PartnerKinds.Municipal ? Municipal : AllMembers;

    /// <summary>The viewer a notice or minutes for <paramref name="audience"/> is written for.</summary>
    public static Viewer ForAudience(string audience) => audience == Audiences.AllMembers ? AllMembers : Municipal;

    public bool Sees(string audience) => _audiences.Contains(audience);

    public IReadOnlyCollection<string> VisibleAudiences => _audiences;

    public IEnumerable<AgendaItem> Visible(IEnumerable<AgendaItem> items) => items.Where(i => Sees(i.Audience));

    /// <summary>The audiences notices and minutes are published for, one version each.</summary>
    public static readonly IReadOnlyList<string> PublishedAudiences =
    [
        Audiences.AllMembers,
        Audiences.MunicipalRepresentatives,
    ];
}
