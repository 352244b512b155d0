using Hfi.Contracts;
using Hfi.Notifications.Api;
using Hfi.Notifications.Tests.Support;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;
using Hfi.Testing;

namespace Hfi.Notifications.Tests.Dispatch;

/// <summary>
/// Members choose their channels and read their own inbox, identified by the e-mail address their token carries.
/// </summary>
[Collection(NotificationsCollection.Name)]
public sealed class InboxAndPreferenceTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task A_member_who_chose_in_app_only_gets_no_email_and_reads_the_notice_in_their_inbox()
    {
        await using var harness = await NotificationsHarness.StartAsync(infrastructure);
        var members = await harness.AddMembersAsync(municipal: 2, hospital: 1);
        var inAppOnly = members[0];
        var other = members[1];
        var client = harness.NotificationsClient(MemberToken(inAppOnly));

        Assert.Equal(
            new Preferences { Email = true, InApp = true },
            await client.GetMyPreferencesAsync(new GetMyPreferencesRequest())
        );
        var none = await Assert.ThrowsAsync<global::Grpc.Core.RpcException>(() =>
            client.SetMyPreferencesAsync(new SetMyPreferencesRequest()).ResponseAsync
        );
        Assert.Equal(global::Grpc.Core.StatusCode.InvalidArgument, none.StatusCode);
        await client.SetMyPreferencesAsync(new SetMyPreferencesRequest { InApp = true });

        await harness.PublishAsync(SeedNotice.For(Guid.NewGuid(), Audiences.MunicipalRepresentatives), Guid.NewGuid());

        var mails = await Mailbox.WaitForAsync(harness.Mail, 1);
        var inbox = await Eventually.Get(
            () => client.ListMyInboxAsync(new ListMyInboxRequest()).ResponseAsync,
            i => i.Items.Count == 1,
            "the inbox item"
        );
        var item = Assert.Single(inbox.Items);
        Assert.Equal(1, inbox.Unread);
        Assert.Null(item.ReadAt);
        Assert.Contains("Sak 08.24", item.Body);
        Assert.Equal(Mailbox.Recipient(Assert.Single(mails)), other.Email, StringComparer.OrdinalIgnoreCase);

        var read = await client.MarkInboxItemReadAsync(new MarkInboxItemReadRequest { ItemId = item.ItemId });
        Assert.NotNull(read.ReadAt);
        Assert.Equal(0, (await client.ListMyInboxAsync(new ListMyInboxRequest { UnreadOnly = true })).Unread);

        var stranger = harness.NotificationsClient(MemberToken(other));
        var notTheirs = await Assert.ThrowsAsync<global::Grpc.Core.RpcException>(() =>
            stranger.MarkInboxItemReadAsync(new MarkInboxItemReadRequest { ItemId = item.ItemId }).ResponseAsync
        );
        Assert.Equal(global::Grpc.Core.StatusCode.NotFound, notTheirs.StatusCode);
        Assert.Single((await stranger.ListMyInboxAsync(new ListMyInboxRequest())).Items);
    }

    [Fact]
    public async Task A_token_without_an_email_address_cannot_have_an_inbox()
    {
        await using var harness = await NotificationsHarness.StartAsync(infrastructure);
        var client = harness.NotificationsClient(TestIdentity.MunicipalMember); // subject "kommune-1"

        var denied = await Assert.ThrowsAsync<global::Grpc.Core.RpcException>(() =>
            client.ListMyInboxAsync(new ListMyInboxRequest()).ResponseAsync
        );

        Assert.Equal(global::Grpc.Core.StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Contains("e-mail", denied.Status.Detail);
    }

    private static string MemberToken(TestMember member) =>
        TestIdentity.Token(
            member.Email,
            HfiRoles.Member,
            member.IsMunicipal ? PartnerKinds.Municipal : PartnerKinds.Hospital
        );
}
