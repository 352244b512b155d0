using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Hfi.Documents.Bench;
using Hfi.ServiceDefaults.Identity;

namespace Hfi.SystemTests;

/// <summary>
/// Large files go through the gateway to Documents and back streamed: a 60 MB round trip keeps every byte, and a
/// file over the 100 MB limit is refused with a 413 that says so. The test never holds a file in memory either.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class DocumentTransferTests(RunningSystem system)
{
    private const long MegaByte = 1024 * 1024;

    [Fact]
    public async Task A_60_mb_file_goes_up_and_comes_down_through_the_gateway_byte_for_byte()
    {
        using var secretariat = SecretariatClient();
        var meetingId = await NewMeetingAsync(secretariat);
        var sentSha256 = GeneratedFile.Sha256Of(60 * MegaByte);

        using var uploaded = await secretariat.PostAsync(
            $"/api/documents/meetings/{meetingId}/attachments",
            Form(new GeneratedFile(60 * MegaByte), "stor-rapport.pdf", 60 * MegaByte)
        );
        Assert.True(uploaded.StatusCode == HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        var attachment = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(sentSha256, attachment.GetProperty("sha256").GetString());
        Assert.Equal(60 * MegaByte, attachment.GetProperty("sizeBytes").GetInt64());

        using var download = await secretariat.GetAsync(
            attachment.GetProperty("downloadPath").GetString(),
            HttpCompletionOption.ResponseHeadersRead
        );
        download.EnsureSuccessStatusCode();
        Assert.Equal(60 * MegaByte, download.Content.Headers.ContentLength);
        await using var body = await download.Content.ReadAsStreamAsync();
        Assert.Equal(sentSha256, Convert.ToHexStringLower(await SHA256.HashDataAsync(body)));
    }

    [Fact]
    public async Task A_file_over_the_100_mb_limit_is_refused_through_the_gateway_with_a_413_that_names_the_limit()
    {
        using var secretariat = SecretariatClient();
        var meetingId = await NewMeetingAsync(secretariat);
        // Sent without a declared length, so only counting the bytes as they stream through can catch it.
        using var refused = await secretariat.PostAsync(
            $"/api/documents/meetings/{meetingId}/attachments",
            Form(new GeneratedFile(110 * MegaByte), "for-stor.pdf", declaredLength: null)
        );

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            "The file is larger than the limit of 104857600 bytes (100 MB).",
            problem.GetProperty("message").GetString()
        );
        var listed = await secretariat.GetFromJsonAsync<JsonElement>(
            $"/api/documents/meetings/{meetingId}/attachments"
        );
        Assert.Empty(listed.GetProperty("attachments").EnumerateArray());
    }

    private HttpClient SecretariatClient()
    {
        var client = system.CreateClient(system.Tokens.Issue("sekretariat-dokumenter", HfiRoles.Secretariat));
        client.Timeout = TimeSpan.FromMinutes(5);
        return client;
    }

    private static Task<string> NewMeetingAsync(HttpClient secretariat) =>
        secretariat.CreateMeetingAsync("ssu", $"Strategisk samarbeidsutvalg {Guid.NewGuid():N}"[..40]);

    /// <summary>The upload form, its file part streaming from <paramref name="file"/>.</summary>
    private static MultipartFormDataContent Form(Stream file, string fileName, long? declaredLength)
    {
        var content = new StreamContent(file, bufferSize: 64 * 1024);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Headers.ContentLength = declaredLength;
        return new MultipartFormDataContent { { content, "file", fileName } };
    }
}
