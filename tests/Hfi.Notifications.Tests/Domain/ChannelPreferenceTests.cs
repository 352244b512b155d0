using Hfi.Notifications.Domain;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Notifications.Tests.Domain;

public sealed class ChannelPreferenceTests
{
    [Fact]
    public void A_member_chooses_e_mail_in_app_or_both_but_never_no_channel()
    {
        var none = Assert.Throws<ValidationFailedException>(() =>
            ChannelPreferences.Chosen(email: false, inApp: false)
        );

        Assert.Equal(ChannelPreference.Email, ChannelPreferences.Chosen(email: true, inApp: false));
        Assert.Equal(ChannelPreference.InApp, ChannelPreferences.Chosen(email: false, inApp: true));
        Assert.Equal(ChannelPreference.Both, ChannelPreferences.Chosen(email: true, inApp: true));
        Assert.Equal(Reasons.ChannelRequired, none.Reason);
    }
}
