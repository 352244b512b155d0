using Hfi.Contracts;
using Hfi.Documents.Domain;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Documents.Tests.Domain;

public sealed class MeetingCasesTests
{
    private readonly MeetingCases _meeting = new()
    {
        MeetingId = Guid.NewGuid(),
        ArenaId = "partnerskapsmotet",
        Cases = [new("03.24", Audiences.AllMembers), new("08.24", Audiences.MunicipalRepresentatives)],
    };

    [Fact]
    public void An_attachment_of_a_restricted_case_inherits_its_audience_and_may_not_be_wider()
    {
        var inherited = _meeting.AudienceFor("08.24", requested: null);
        var wider = Assert.Throws<ValidationFailedException>(() => _meeting.AudienceFor("08.24", Audiences.AllMembers));
        var unknown = Assert.Throws<ValidationFailedException>(() => _meeting.AudienceFor("09.24", null));

        Assert.Equal(Audiences.MunicipalRepresentatives, inherited);
        Assert.Equal(
            Audiences.MunicipalRepresentatives,
            _meeting.AudienceFor("03.24", Audiences.MunicipalRepresentatives)
        );
        Assert.Equal(Audiences.AllMembers, _meeting.AudienceFor(null, null));
        Assert.Equal(
            (
                "audience",
                "Sak 08.24 is for 'municipal-representatives' only; its attachment cannot be for 'all-members'."
            ),
            (wider.Errors.Single().Field, wider.Errors.Single().Description)
        );
        Assert.Equal("caseNumber", unknown.Errors.Single().Field);
    }

    [Theory]
    [InlineData(
        Audiences.AllMembers,
        Audiences.AllMembers,
        Audiences.MunicipalRepresentatives,
        Audiences.MunicipalRepresentatives
    )]
    [InlineData(
        Audiences.MunicipalRepresentatives,
        Audiences.MunicipalRepresentatives,
        Audiences.AllMembers,
        Audiences.AllMembers
    )]
    [InlineData(
        Audiences.MunicipalRepresentatives,
        Audiences.AllMembers,
        Audiences.AllMembers,
        Audiences.MunicipalRepresentatives
    )]
    [InlineData(Audiences.AllMembers, null, Audiences.MunicipalRepresentatives, Audiences.MunicipalRepresentatives)]
    public void When_a_case_changes_audience_its_attachments_follow_and_none_stays_wider(
        string attachment,
        string? before,
        string after,
        string expected
    ) => Assert.Equal(expected, MeetingCases.Follow(attachment, before, after));
}
