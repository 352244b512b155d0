using Hfi.Contracts;
using Hfi.Documents.Domain.Access;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;

namespace Hfi.Documents.Tests.Domain;

public sealed class ReadAccessTests
{
    private static readonly Caller Secretariat = new("s", HfiRoles.Secretariat, null, null);
    private static readonly Caller Municipal = new("m", HfiRoles.Member, PartnerKinds.Municipal, "hamar");
    private static readonly Caller Hospital = new("h", HfiRoles.Member, PartnerKinds.Hospital, "sykehuset-innlandet");
    private static readonly PublicAccess Exempt = PublicAccess.Exempt("Offl. § 14");

    [Fact]
    public void All_members_documents_are_for_every_signed_in_caller_and_for_the_public_only_when_public()
    {
        Assert.Equal(ReadVerdict.Allowed, ReadAccess.Check(Hospital, Audiences.AllMembers, Exempt));
        Assert.Equal(
            ReadVerdict.Allowed,
            ReadAccess.Check(Caller.Anonymous, Audiences.AllMembers, PublicAccess.Public)
        );
        Assert.Equal(ReadVerdict.SignInRequired, ReadAccess.Check(Caller.Anonymous, Audiences.AllMembers, Exempt));
    }

    [Fact]
    public void Municipal_documents_are_for_municipal_representatives_and_the_secretariat_even_when_public()
    {
        Assert.Equal(
            ReadVerdict.Allowed,
            ReadAccess.Check(Municipal, Audiences.MunicipalRepresentatives, PublicAccess.Public)
        );
        Assert.Equal(ReadVerdict.Allowed, ReadAccess.Check(Secretariat, Audiences.MunicipalRepresentatives, Exempt));
        Assert.Equal(
            ReadVerdict.OutsideAudience,
            ReadAccess.Check(Hospital, Audiences.MunicipalRepresentatives, PublicAccess.Public)
        );
        Assert.Equal(
            ReadVerdict.SignInRequired,
            ReadAccess.Check(Caller.Anonymous, Audiences.MunicipalRepresentatives, PublicAccess.Public)
        );
    }

    [Fact]
    public void An_unknown_audience_is_treated_as_the_narrowest()
    {
        Assert.Equal(ReadVerdict.OutsideAudience, ReadAccess.Check(Municipal, "board-only", PublicAccess.Public));
        Assert.Equal(ReadVerdict.Allowed, ReadAccess.Check(Secretariat, "board-only", PublicAccess.Public));
    }

    [Theory]
    [InlineData(Audiences.AllMembers, Audiences.AllMembers, true)]
    [InlineData(Audiences.AllMembers, Audiences.MunicipalRepresentatives, false)]
    [InlineData(Audiences.MunicipalRepresentatives, Audiences.AllMembers, true)]
    [InlineData(Audiences.MunicipalRepresentatives, Audiences.MunicipalRepresentatives, true)]
    [InlineData(Audiences.AllMembers, "something-new", false)]
    public void A_document_includes_items_of_its_own_audience_and_items_for_all(
        string document,
        string item,
        bool included
    ) => Assert.Equal(included, ReadAccess.Includes(document, item));
}
