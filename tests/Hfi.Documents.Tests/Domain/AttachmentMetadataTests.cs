using Hfi.Contracts;
using Hfi.Documents.Domain;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Documents.Tests.Domain;

public sealed class AttachmentMetadataTests
{
    [Fact]
    public void Left_out_fields_stay_unset_so_a_new_version_keeps_its_attachment_s_values()
    {
        var metadata = AttachmentMetadata.Parse(new Dictionary<string, string>());

        Assert.Equal(new AttachmentMetadata(null, null, null, null, null), metadata);
    }

    [Fact]
    public void An_exempt_attachment_carries_its_legal_basis()
    {
        var metadata = AttachmentMetadata.Parse(
            new Dictionary<string, string>
            {
                ["title"] = " Kommunalt budsjett ",
                ["caseNumber"] = "33/24",
                ["audience"] = Audiences.MunicipalRepresentatives,
                ["publicAccess"] = "Exempt",
                ["exemptionBasis"] = "Offl. § 14 første ledd",
            }
        );

        Assert.Equal("Kommunalt budsjett", metadata.Title);
        Assert.Equal("33/24", metadata.CaseNumber);
        Assert.False(metadata.PublicAccess!.IsPublic);
        Assert.Equal("Offl. § 14 første ledd", metadata.PublicAccess.ExemptionBasis);
    }

    [Theory]
    [InlineData("exempt", null, "exemptionBasis")]
    [InlineData("exempt", "fordi", "exemptionBasis")]
    [InlineData("public", "Offl. § 14", "exemptionBasis")]
    [InlineData("hemmelig", null, "publicAccess")]
    public void A_public_records_status_that_does_not_add_up_is_refused_naming_the_field(
        string status,
        string? basis,
        string field
    )
    {
        var fields = new Dictionary<string, string> { ["publicAccess"] = status };
        if (basis is not null)
            fields["exemptionBasis"] = basis;

        var error = Assert.Throws<ValidationFailedException>(() => AttachmentMetadata.Parse(fields));

        Assert.Equal([field], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Every_wrong_field_is_named_at_once()
    {
        var error = Assert.Throws<ValidationFailedException>(() =>
            AttachmentMetadata.Parse(
                new Dictionary<string, string>
                {
                    ["attachmentId"] = "nr-1",
                    ["title"] = new string('x', 301),
                    ["caseNumber"] = "4",
                    ["audience"] = "alle",
                }
            )
        );

        Assert.Equal(["attachmentId", "title", "caseNumber", "audience"], error.Errors.Select(e => e.Field));
    }
}
