using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Hfi.Documents.Bench;
using Hfi.Documents.Grpc;
using Hfi.Hosting.Servers;
using Hfi.ServiceDefaults;
using Hfi.Testing;
using static Hfi.Documents.Bench.PeakMemory;

// Streams one large file up to the Documents service and back down through real Kestrel (HTTP/2 cleartext, as
// behind the gateway) and real Postgres, and prints the process's peak resident memory during each direction.
// Usage: dotnet run -c Release --project bench/Hfi.Documents.Bench [-- <megabytes, default 200>]
// WebApplicationFactory resolves the service's content root wrongly when started by `dotnet run` from the repository root.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
var megabytes = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 200;
var length = megabytes * 1024L * 1024L;
var root = Path.Combine(Path.GetTempPath(), "hfi-bench-documents", Guid.NewGuid().ToString("N")[..12]);

Console.WriteLine($"Documents streaming benchmark: {megabytes} MB up and down");
await using var postgres = await PostgresServer.StartAsync(
    new PostgresServerOptions(Path.Combine(root, "postgres"), Throwaway: true)
);
await using var rabbitMq = await RabbitMqServer.StartAsync(
    new RabbitMqServerOptions(Path.Combine(root, "rabbitmq"), Throwaway: true)
);
await postgres.CreateDatabaseAsync(ResourceNames.DocumentsDatabase);

var port = FreePort.Next();
await using var service = new ServiceFactory<DocumentsService>([
    new(
        $"ConnectionStrings:{ResourceNames.DocumentsDatabase}",
        postgres.GetConnectionString(ResourceNames.DocumentsDatabase)
    ),
    new($"ConnectionStrings:{ResourceNames.RabbitMq}", rabbitMq.ConnectionString),
    new("Documents:MaxFileBytes", (length + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
    new("Logging:LogLevel:Default", "Warning"),
    // The migrator's first look for the history table is logged as a failed command; it is not one.
    new("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "None"),
]);
service.UseKestrel(port);
service.StartServer();

using var client = new HttpClient
{
    BaseAddress = new Uri($"http://127.0.0.1:{port}"),
    DefaultRequestVersion = HttpVersion.Version20,
    DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
    Timeout = TimeSpan.FromMinutes(30),
};
client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestIdentity.Secretariat);

var expectedSha256 = GeneratedFile.Sha256Of(length);

// A small upload first, so start-up work (JIT, pools, migrations) is not counted as the large file's.
await UploadAsync(client, Guid.NewGuid(), 1024 * 1024);
Console.WriteLine($"Resident after start-up:      {Mb(CurrentBytes)}");

Reset();
var upload = Stopwatch.StartNew();
var uploaded = await UploadAsync(client, Guid.NewGuid(), length);
upload.Stop();
var uploadPeak = PeakBytes;

Reset();
var download = Stopwatch.StartNew();
var (downloadedBytes, downloadedSha256) = await DownloadAsync(
    client,
    uploaded.GetProperty("downloadPath").GetString()!
);
download.Stop();
var downloadPeak = PeakBytes;

var uploadedSha256 = uploaded.GetProperty("sha256").GetString();
Console.WriteLine(
    $"Upload:   {Mb(length)} in {upload.Elapsed.TotalSeconds:0.0} s ({length / 1048576.0 / upload.Elapsed.TotalSeconds:0} MB/s), peak resident {Mb(uploadPeak)}"
);
Console.WriteLine(
    $"Download: {Mb(downloadedBytes)} in {download.Elapsed.TotalSeconds:0.0} s ({downloadedBytes / 1048576.0 / download.Elapsed.TotalSeconds:0} MB/s), peak resident {Mb(downloadPeak)}"
);
Console.WriteLine(
    $"SHA-256 sent {expectedSha256[..16]}…, stored {uploadedSha256?[..16]}…, received {downloadedSha256[..16]}…"
);
Console.WriteLine(
    $"GC heap now {Mb(GC.GetTotalMemory(forceFullCollection: true))}; total allocated {Mb(GC.GetTotalAllocatedBytes())}"
);

var intact = downloadedBytes == length && uploadedSha256 == expectedSha256 && downloadedSha256 == expectedSha256;
Console.WriteLine(intact ? "Round trip intact." : "ROUND TRIP BROKEN: the bytes differ.");
return intact ? 0 : 1;

static async Task<JsonElement> UploadAsync(HttpClient client, Guid meetingId, long length)
{
    using var form = new MultipartFormDataContent { { new StringContent("Benchmark"), "title" } };
    var file = new StreamContent(new GeneratedFile(length), 64 * 1024);
    form.Add(file, "file", "benchmark.pdf");
    using var answer = await client.PostAsync($"/api/documents/meetings/{meetingId}/attachments", form);
    if (!answer.IsSuccessStatusCode)
    {
        throw new InvalidOperationException(
            $"Upload answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}"
        );
    }

    return await answer.Content.ReadFromJsonAsync<JsonElement>();
}

static async Task<(long Bytes, string Sha256)> DownloadAsync(HttpClient client, string path)
{
    using var answer = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
    answer.EnsureSuccessStatusCode();
    await using var body = await answer.Content.ReadAsStreamAsync();
    using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    var buffer = new byte[64 * 1024];
    long total = 0;
    int read;
    while ((read = await body.ReadAsync(buffer)) > 0)
    {
        hash.AppendData(buffer, 0, read);
        total += read;
    }
    return (total, Convert.ToHexStringLower(hash.GetHashAndReset()));
}
