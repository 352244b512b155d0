extern alias documents;
using System.Security.Cryptography;
using Hfi.Contracts;
using Hfi.Notifications.Tests.Support;
using Hfi.ServiceDefaults.Domain;
using Hfi.Testing;
using MimeKit;
using DocumentsApi = documents::Hfi.Documents.Api;

namespace Hfi.Notifications.Tests.Dispatch;

/// <summary>
/// The notice PDF Documents renders travels with the e-mail — each audience's own version — or, when larger than
/// the configured limit, is linked instead. Real Documents, Planning, RabbitMQ, Postgres and SMTP sink.
/// </summary>
[Collection(NotificationsCollection.Name)]
public sealed class NoticePdfAttachmentTests(InfrastructureFixture infrastructure)
{
    private static readonly Dictionary<string, string?> WaitForThePdf = new()
    {
        ["Notifications:DocumentWait"] = "00:10:00",
    };

    [Fact]
    public async Task Each_member_gets_the_pdf_of_the_notice_version_meant_for_them_attached()
    {
        await using var harness = await NotificationsHarness.StartAsync(
            infrastructure,
            WaitForThePdf,
            withDocuments: true
        );

        var (members, mails, pdfs) = await IssueSeedNoticeAsync(harness, municipal: 2, hospital: 2);

        Assert.Equal(members.Count, mails.Count);
        Assert.NotEqual(pdfs[Audiences.AllMembers].Sha256, pdfs[Audiences.MunicipalRepresentatives].Sha256);
        foreach (var mail in mails)
        {
            var member = members.Single(m => m.Email == Mailbox.Recipient(mail));
            var expected = pdfs[member.IsMunicipal ? Audiences.MunicipalRepresentatives : Audiences.AllMembers];
            var attachment = Assert.IsType<MimePart>(Assert.Single(mail.Attachments));
            Assert.Equal("application/pdf", attachment.ContentType.MimeType);
            Assert.Equal(expected.FileName, attachment.FileName);
            Assert.Equal(expected.Sha256, await Sha256Async(attachment));
            Assert.Contains(
                $"Dokumentet er vedlagt som PDF. Du finner det også her: https://hfi.test/dokumenter/{expected.AttachmentId}",
                mail.TextBody
            );
        }
    }

    [Fact]
    public async Task A_reissued_notice_carries_the_pdf_of_its_own_version()
    {
        await using var harness = await NotificationsHarness.StartAsync(
            infrastructure,
            WaitForThePdf,
            withDocuments: true
        );
        var (members, _, firstPdfs) = await IssueSeedNoticeAsync(harness, municipal: 1, hospital: 1);
        var meetingId = firstPdfs.Values.First().MeetingId;

        var reissued = SeedNotice.For(Guid.Parse(meetingId), Audiences.AllMembers, version: 2) with
        {
            Place = "Hamar kulturhus",
        };
        await harness.PublishAsync(reissued, Guid.NewGuid());
        var mails = (await Mailbox.WaitForAsync(harness.Mail, members.Count + 1))
            .Where(m => m.Subject?.StartsWith("Oppdatert innkalling", StringComparison.Ordinal) == true)
            .ToList();
        var listed = await harness
            .DocumentsClient()
            .ListAttachmentsAsync(new DocumentsApi.ListAttachmentsRequest { MeetingId = meetingId });
        var secondPdf = listed.Attachments.Single(a =>
            a.Kind == "notice" && a.ContentType == "application/pdf" && a.Audience == Audiences.AllMembers
        );

        var mail = Assert.Single(mails);
        Assert.Equal(members.Single(m => !m.IsMunicipal).Email, Mailbox.Recipient(mail));
        var attachment = Assert.IsType<MimePart>(Assert.Single(mail.Attachments));
        Assert.NotEqual(firstPdfs[Audiences.AllMembers].Sha256, secondPdf.Sha256);
        Assert.Equal(secondPdf.Sha256, await Sha256Async(attachment));
    }

    [Fact]
    public async Task A_pdf_larger_than_the_limit_is_linked_instead_of_attached()
    {
        await using var harness = await NotificationsHarness.StartAsync(
            infrastructure,
            WaitForThePdf,
            withDocuments: true,
            mail: MailSettings.Defaults with
            {
                MaxAttachmentBytes = 1000,
            }
        );

        var (members, mails, pdfs) = await IssueSeedNoticeAsync(harness, municipal: 1, hospital: 1);

        Assert.All(pdfs.Values, pdf => Assert.True(pdf.SizeBytes > 1000));
        foreach (var mail in mails)
        {
            var member = members.Single(m => m.Email == Mailbox.Recipient(mail));
            var expected = pdfs[member.IsMunicipal ? Audiences.MunicipalRepresentatives : Audiences.AllMembers];
            Assert.Empty(mail.Attachments);
            Assert.Contains($"Dokumentet (PDF): https://hfi.test/dokumenter/{expected.AttachmentId}", mail.TextBody);
        }
    }

    /// <summary>
    /// Issues the seed notice (both audiences) to new members of the arena; returns them, the e-mails once each
    /// has one, and the notice PDFs Documents rendered, by audience.
    /// </summary>
    private static async Task<(
        IReadOnlyList<TestMember> Members,
        IReadOnlyList<MimeMessage> Mails,
        Dictionary<string, DocumentsApi.Attachment> Pdfs
    )> IssueSeedNoticeAsync(NotificationsHarness harness, int municipal, int hospital)
    {
        var members = await harness.AddMembersAsync(municipal, hospital);
        var meetingId = Guid.NewGuid();

        await harness.PublishAsync(SeedNotice.For(meetingId, Audiences.AllMembers), Guid.NewGuid());
        await harness.PublishAsync(SeedNotice.For(meetingId, Audiences.MunicipalRepresentatives), Guid.NewGuid());

        var mails = await Mailbox.WaitForAsync(harness.Mail, members.Count);
        var listed = await harness
            .DocumentsClient()
            .ListAttachmentsAsync(new DocumentsApi.ListAttachmentsRequest { MeetingId = meetingId.ToString() });
        var pdfs = listed
            .Attachments.Where(a => a.Kind == "notice" && a.ContentType == "application/pdf")
            .ToDictionary(a => a.Audience);
        return (members, mails, pdfs);
    }

    private static async Task<string> Sha256Async(MimePart attachment)
    {
        using var content = new MemoryStream();
        await Assert.IsType<MimeContent>(attachment.Content).DecodeToAsync(content);
        return Convert.ToHexStringLower(SHA256.HashData(content.ToArray()));
    }
}
