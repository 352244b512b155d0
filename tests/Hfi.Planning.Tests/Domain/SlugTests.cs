using Hfi.Planning.Domain;

namespace Hfi.Planning.Tests.Domain;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Gjøvik/ Hadeland", "gjovik-hadeland")]
    [InlineData("Sør-Østerdal", "sor-osterdal")]
    [InlineData("Strategisk samarbeidsutvalg", "strategisk-samarbeidsutvalg")]
    [InlineData("  Fagråd for rus  ", "fagrad-for-rus")]
    [InlineData("Åsnes", "asnes")]
    [InlineData("Lærdal – Særskilt", "laerdal-saerskilt")]
    [InlineData("!!!", "")]
    public void Makes_readable_ids_of_norwegian_names(string name, string expected) =>
        Assert.Equal(expected, Slug.From(name));
}
