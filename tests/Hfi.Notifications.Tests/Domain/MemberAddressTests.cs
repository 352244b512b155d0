using Hfi.Notifications.Domain;
using MimeKit;

namespace Hfi.Notifications.Tests.Domain;

/// <summary>
/// Notifications runs without ICU (InvariantGlobalization, as these tests do): an address with æ, ø or å must still be
/// lower-cased, and reach a relay without SMTPUTF8 in its ASCII form.
/// </summary>
public sealed class MemberAddressTests
{
    [Fact]
    public void An_address_is_trimmed_and_lower_cased_norwegian_letters_included()
    {
        Assert.Equal("ola.åsen@båtsfjord.kommune.no", MemberAddress.Normalize("  Ola.Åsen@BÅTSFJORD.kommune.no "));
    }

    [Fact]
    public void A_domain_with_norwegian_letters_is_written_in_its_ascii_form_for_the_relay()
    {
        var mailbox = new MailboxAddress("Ola", MemberAddress.Normalize("Ola@Båtsfjord.kommune.no"));

        Assert.Equal("ola@xn--btsfjord-9za.kommune.no", mailbox.GetAddress(idnEncode: true));
    }
}
