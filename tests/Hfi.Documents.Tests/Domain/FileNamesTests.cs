using Hfi.Documents.Domain.Files;

namespace Hfi.Documents.Tests.Domain;

public sealed class FileNamesTests
{
    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\ola\\Desktop\\Årsrapport 2024.pdf", "Årsrapport 2024.pdf")]
    [InlineData("/absolute/path/notat.txt", "notat.txt")]
    [InlineData("navn\u0000med\u001fkontroll\u007f.pdf", "navnmedkontroll.pdf")]
    [InlineData("høyre\u202Efdp.exe", "høyrefdp.exe")]
    [InlineData("spørsmål?.pdf", "spørsmål_.pdf")]
    [InlineData(".skjult", "skjult")]
    [InlineData("slutt med punktum. . ", "slutt med punktum")]
    [InlineData("CON.txt", "_CON.txt")]
    [InlineData("..", FileNames.Fallback)]
    [InlineData("   ", FileNames.Fallback)]
    [InlineData(null, FileNames.Fallback)]
    public void A_client_name_becomes_a_safe_name(string? clientName, string expected) =>
        Assert.Equal(expected, FileNames.Sanitise(clientName));

    [Fact]
    public void A_long_name_is_shortened_keeping_its_extension()
    {
        var name = FileNames.Sanitise(new string('a', 400) + ".docx");

        Assert.Equal(200, name.Length);
        Assert.EndsWith(".docx", name);
    }

    [Fact]
    public void Decomposed_letters_are_composed()
    {
        Assert.Equal("Å.pdf", FileNames.Sanitise("A\u030A.pdf"));
    }

    [Theory]
    [InlineData("rapport.pdf", "rapport.pdf")]
    [InlineData("rapport.PDF", "rapport.PDF")]
    [InlineData("rapport", "rapport.pdf")]
    [InlineData("rapport.exe", "rapport.exe.pdf")]
    public void The_extension_follows_the_type_read_from_the_bytes(string name, string expected) =>
        Assert.Equal(expected, FileNames.WithExtensionOf(name, FileType.Pdf));
}
