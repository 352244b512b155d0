using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Hfi.Testing;

namespace Hfi.Documents.Tests.Api;

[Collection(DocumentsCollection.Name)]
public sealed class AttachmentTransferTests(InfrastructureFixture infrastructure) : DocumentsServiceTest(infrastructure)
{
    private readonly Guid _meetingId = Guid.NewGuid();

    protected override IEnumerable<Guid> KnownMeetingIds => [_meetingId];

    [Fact]
    public async Task A_file_comes_back_byte_for_byte_with_its_sha256()
    {
        var bytes = Uploads.Pdf(900_000);
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);

        var uploaded = await secretariat.UploadAsync(_meetingId, Uploads.Form(bytes, "Årsrapport 2024.pdf"));
        using var answer = await secretariat.GetAsync(uploaded.GetProperty("downloadPath").GetString());
        var downloaded = await answer.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(bytes, downloaded);
        Assert.Equal(Uploads.Sha256(bytes), uploaded.GetProperty("sha256").GetString());
        Assert.Equal($"\"{Uploads.Sha256(bytes)}\"", answer.Headers.ETag?.Tag);
        Assert.Equal("application/pdf", answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Årsrapport 2024.pdf", answer.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(bytes.Length, answer.Content.Headers.ContentLength);

        using var conditional = new HttpRequestMessage(
            HttpMethod.Get,
            uploaded.GetProperty("downloadPath").GetString()
        );
        conditional.Headers.IfNoneMatch.Add(answer.Headers.ETag!);
        using var unchanged = await secretariat.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
    }

    [Fact]
    public async Task A_file_streamed_without_a_length_is_stored_whole()
    {
        var bytes = Uploads.Pdf(300_000, seed: 2);
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);

        var uploaded = await secretariat.UploadAsync(
            _meetingId,
            Uploads.Form(new StreamContent(new UnseekableStream(bytes)), "strøm.pdf")
        );
        var downloaded = await secretariat.GetByteArrayAsync(uploaded.GetProperty("downloadPath").GetString());

        Assert.Equal(bytes, downloaded);
        Assert.Equal(bytes.Length, uploaded.GetProperty("sizeBytes").GetInt64());
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("..\\..\\Windows\\system32\\rapport.pdf", "rapport.pdf")]
    [InlineData("rap\u0007port\u001b.pdf", "rapport.pdf")]
    [InlineData("..", "vedlegg.pdf")]
    public async Task A_path_in_the_file_name_is_dropped(string clientName, string storedName)
    {
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);

        var uploaded = await secretariat.UploadAsync(_meetingId, Uploads.Form(Uploads.Pdf(1000), clientName));
        using var answer = await secretariat.GetAsync(uploaded.GetProperty("downloadPath").GetString());

        Assert.Equal(storedName, uploaded.GetProperty("fileName").GetString());
        Assert.Equal(storedName, answer.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task An_executable_declared_as_pdf_is_refused_with_415_naming_what_it_is()
    {
        var executable = new byte[4096];
        "MZ\x90\0"u8.CopyTo(executable);
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);

        using var answer = await secretariat.PostAsync(
            Uploads.Path(_meetingId),
            Uploads.Form(executable, "rapport.pdf", "application/pdf")
        );
        var problem = await answer.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, answer.StatusCode);
        Assert.Contains("Windows executable", problem.GetProperty("message").GetString());
        Assert.Equal(0, await StoredChunkCountAsync());
        Assert.Empty(
            (
                await Client(TestIdentity.Secretariat).ListAttachmentsAsync(new() { MeetingId = _meetingId.ToString() })
            ).Attachments
        );
    }

    [Fact]
    public async Task The_type_is_read_from_the_bytes_not_from_the_declared_type_or_name()
    {
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);

        var uploaded = await secretariat.UploadAsync(
            _meetingId,
            Uploads.Form(Uploads.Pdf(2000), "notat.txt", "text/plain")
        );

        Assert.Equal("application/pdf", uploaded.GetProperty("contentType").GetString());
        Assert.Equal("notat.txt.pdf", uploaded.GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task A_word_document_is_accepted_and_a_plain_zip_archive_is_refused()
    {
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);

        var docx = await secretariat.UploadAsync(
            _meetingId,
            Uploads.Form(WordDocument(), "forslag.docx", "application/zip")
        );
        using var zipAnswer = await secretariat.PostAsync(
            Uploads.Path(_meetingId),
            Uploads.Form(ZipArchiveBytes(), "forslag.docx")
        );
        var problem = await zipAnswer.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            docx.GetProperty("contentType").GetString()
        );
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, zipAnswer.StatusCode);
        Assert.Contains("ZIP archive", problem.GetProperty("message").GetString());
        Assert.Equal(1, await QueryAsync(db => Task.FromResult(db.AttachmentVersions.Count())));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_413_and_nothing_is_kept()
    {
        var tooBig = Uploads.Pdf((int)MaxFileBytes + 1);
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);

        using var declared = await secretariat.PostAsync(Uploads.Path(_meetingId), Uploads.Form(tooBig, "stor.pdf"));
        using var streamed = await secretariat.PostAsync(
            Uploads.Path(_meetingId),
            Uploads.Form(new StreamContent(new UnseekableStream(tooBig)), "stor.pdf")
        );
        var problem = await streamed.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
        Assert.Contains($"limit of {MaxFileBytes} bytes", problem.GetProperty("message").GetString());
        Assert.Equal(0, await StoredChunkCountAsync());
    }

    [Fact]
    public async Task A_file_at_the_limit_is_accepted()
    {
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);

        var uploaded = await secretariat.UploadAsync(
            _meetingId,
            Uploads.Form(new StreamContent(new UnseekableStream(Uploads.Pdf((int)MaxFileBytes))), "akkurat.pdf")
        );

        Assert.Equal(MaxFileBytes, uploaded.GetProperty("sizeBytes").GetInt64());
    }

    [Fact]
    public async Task A_second_upload_with_the_same_title_is_version_two_and_version_one_stays_readable()
    {
        var first = Uploads.Pdf(70_000, seed: 10);
        var second = Uploads.Pdf(80_000, seed: 11);
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);

        var v1 = await secretariat.UploadAsync(
            _meetingId,
            Uploads.Form(first, "arsrapport.pdf", fields: ("title", "Forslag til årsrapport"))
        );
        var v2 = await secretariat.UploadAsync(
            _meetingId,
            Uploads.Form(second, "arsrapport-rettet.pdf", fields: ("title", "Forslag til årsrapport"))
        );
        var path = v1.GetProperty("downloadPath").GetString();
        var details = await Client(TestIdentity.Secretariat)
            .GetAttachmentAsync(new() { AttachmentId = v1.GetProperty("attachmentId").GetString() });

        Assert.Equal(v1.GetProperty("attachmentId").GetString(), v2.GetProperty("attachmentId").GetString());
        Assert.Equal(2, v2.GetProperty("version").GetInt32());
        Assert.Equal(second, await secretariat.GetByteArrayAsync(path));
        Assert.Equal(first, await secretariat.GetByteArrayAsync($"{path}?version=1"));
        Assert.Equal([1, 2], details.Versions.Select(v => v.Version));
        Assert.Equal(2, details.Attachment.Version);
        Assert.Equal("arsrapport-rettet.pdf", details.Attachment.FileName);
    }

    [Fact]
    public async Task A_new_version_can_name_its_attachment_by_id()
    {
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);
        var v1 = await secretariat.UploadAsync(_meetingId, Uploads.Form(Uploads.Pdf(1000), "budsjett.pdf"));

        var v2 = await secretariat.UploadAsync(
            _meetingId,
            Uploads.Form(
                Uploads.Pdf(1200),
                "budsjett-v2.pdf",
                fields: ("attachmentId", v1.GetProperty("attachmentId").GetString()!)
            )
        );
        using var unknown = await secretariat.PostAsync(
            Uploads.Path(_meetingId),
            Uploads.Form(Uploads.Pdf(1200), "x.pdf", fields: ("attachmentId", Guid.NewGuid().ToString()))
        );

        await secretariat.UploadAsync(_meetingId, Uploads.Form(Uploads.Pdf(1000), "regnskap.pdf"));
        using var renamedOntoAnother = await secretariat.PostAsync(
            Uploads.Path(_meetingId),
            Uploads.Form(
                Uploads.Pdf(1200),
                "x.pdf",
                fields: [("attachmentId", v1.GetProperty("attachmentId").GetString()!), ("title", "regnskap")]
            )
        );

        Assert.Equal(2, v2.GetProperty("version").GetInt32());
        Assert.Equal("budsjett", v2.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, renamedOntoAnother.StatusCode);
    }

    [Fact]
    public async Task Only_the_secretariat_uploads()
    {
        using var member = Factory.CreateRestClient(TestIdentity.MunicipalMember);
        using var anonymous = Factory.CreateRestClient();

        using var memberAnswer = await member.PostAsync(
            Uploads.Path(_meetingId),
            Uploads.Form(Uploads.Pdf(100), "a.pdf")
        );
        using var anonymousAnswer = await anonymous.PostAsync(
            Uploads.Path(_meetingId),
            Uploads.Form(Uploads.Pdf(100), "a.pdf")
        );

        Assert.Equal(HttpStatusCode.Forbidden, memberAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousAnswer.StatusCode);
    }

    [Fact]
    public async Task Wrong_metadata_is_refused_naming_each_field_and_nothing_is_kept()
    {
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);

        using var answer = await secretariat.PostAsync(
            Uploads.Path(_meetingId),
            Uploads.Form(
                Uploads.Pdf(100),
                "a.pdf",
                fields: [("audience", "everyone"), ("publicAccess", "exempt"), ("caseNumber", "sak fire")]
            )
        );
        var problem = await answer.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal(
            ["audience", "caseNumber", "exemptionBasis"],
            problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order()
        );
        Assert.Equal(0, await StoredChunkCountAsync());
    }

    [Fact]
    public async Task A_request_that_is_not_a_form_is_answered_415()
    {
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);

        using var answer = await secretariat.PostAsync(
            Uploads.Path(_meetingId),
            new ByteArrayContent(Uploads.Pdf(100))
        );

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, answer.StatusCode);
    }

    private static byte[] WordDocument()
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(
                new Body(new Paragraph(new Run(new Text("Forslag"))))
            );
        }
        return buffer.ToArray();
    }

    private static byte[] ZipArchiveBytes()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create))
        {
            using var entry = zip.CreateEntry("les-meg.txt").Open();
            entry.Write(Encoding.UTF8.GetBytes("hei"));
        }
        return buffer.ToArray();
    }
}
