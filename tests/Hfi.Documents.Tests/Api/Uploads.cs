using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace Hfi.Documents.Tests.Api;

/// <summary>Builds upload forms the way a browser sends them: the fields first, then the file.</summary>
internal static class Uploads
{
    public static byte[] Pdf(int length, int seed = 1)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    public static MultipartFormDataContent Form(
        HttpContent file,
        string fileName,
        params (string Name, string Value)[] fields
    )
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
            form.Add(new StringContent(value), name);
        form.Add(file, "file", fileName);
        return form;
    }

    public static MultipartFormDataContent Form(
        byte[] bytes,
        string fileName,
        string declaredType = "application/octet-stream",
        params (string Name, string Value)[] fields
    )
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
        return Form(content, fileName, fields);
    }

    public static async Task<JsonElement> UploadAsync(
        this HttpClient client,
        Guid meetingId,
        MultipartFormDataContent form
    )
    {
        using var answer = await client.PostAsync(Path(meetingId), form);
        if (!answer.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"Upload answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}"
            );
        }

        return await answer.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static string Path(Guid meetingId) => $"/api/documents/meetings/{meetingId}/attachments";

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
