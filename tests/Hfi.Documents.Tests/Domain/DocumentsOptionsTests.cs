using System.ComponentModel.DataAnnotations;
using Hfi.Documents.Extensions;

namespace Hfi.Documents.Tests.Domain;

public sealed class DocumentsOptionsTests
{
    [Fact]
    public void The_defaults_are_valid_on_a_machine_with_the_prerequisites() =>
        Assert.Empty(Errors(new DocumentsOptions()));

    [Fact]
    public void Pdfs_need_the_dejavu_fonts_and_the_message_says_how_to_get_them()
    {
        var errors = Errors(new DocumentsOptions { FontDirectory = "/nowhere" });

        Assert.Contains(errors, e => e.Contains("DejaVuSans.ttf") && e.Contains("fonts-dejavu-core"));
    }

    [Fact]
    public void Limits_out_of_range_are_refused()
    {
        var errors = Errors(
            new DocumentsOptions
            {
                MaxFileBytes = 0,
                ChunkBytes = 1024,
                OrphanGracePeriod = TimeSpan.Zero,
            }
        );

        Assert.Equal(3, errors.Count);
    }

    private static List<string> Errors(DocumentsOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage ?? string.Empty).ToList();
    }
}
