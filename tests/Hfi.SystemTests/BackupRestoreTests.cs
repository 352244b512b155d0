using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Hfi.Documents.Bench;
using Hfi.Hosting.Servers;
using Hfi.ServiceDefaults;
using Hfi.ServiceDefaults.Identity;
using Npgsql;

namespace Hfi.SystemTests;

/// <summary>
/// <c>eng/backup.sh</c> taken from the running system, and <c>eng/restore.sh</c> into the Postgres of a new, empty data
/// folder: the meeting, its attachment (byte for byte), the notice and its delivery log are all there.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class BackupRestoreTests(RunningSystem system) : IAsyncLifetime
{
    private const long AttachmentSize = 3 * 1024 * 1024 + 12345; // several chunks and a partial one
    private readonly string _scratch = Path.Combine(
        Path.GetTempPath(),
        "hfi-backup-tests",
        Guid.NewGuid().ToString("N")[..12]
    );

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        if (Directory.Exists(_scratch))
            Directory.Delete(_scratch, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_backup_of_the_running_system_restored_into_a_fresh_postgres_has_every_meeting_attachment_notice_and_delivery()
    {
        using var secretariat = system.CreateClient(system.Tokens.Issue("sekretariat-backup", HfiRoles.Secretariat));
        var tag = Guid.NewGuid().ToString("N")[..8];
        var arenaId = await secretariat.CreateArenaAsync($"Fagråd backup {tag}");
        var email = $"berit.{tag}@sykehuset-innlandet.test";
        await secretariat.AddMemberAsync(
            arenaId,
            "Berit Backup",
            email,
            "sykehuset-innlandet",
            "MEMBER_KIND_HOSPITAL_REPRESENTATIVE"
        );
        var meetingId = await secretariat.CreateMeetingAsync(arenaId, $"Fagråd backup {tag}");
        await secretariat.AddItemAsync(meetingId, "Orientering om sikkerhetskopier", "all-members");
        var sha256 = await UploadAsync(secretariat, meetingId);
        (await secretariat.PostAsJsonAsync($"/api/meetings/{meetingId}/notice", new { })).EnsureSuccessStatusCode();
        await UntilAsync(() => Task.FromResult(CaughtMailTo(email) ? 1 : 0), $"the notice to reach {email}");
        var live =
            await system.App.GetConnectionStringAsync(ResourceNames.NotificationsDatabase)
            ?? throw new InvalidOperationException("The running system has no notifications database.");
        var delivered = await UntilAsync(() => DeliveredAsync(live, meetingId), "the delivery to be logged as sent");
        var notices = await ScalarAsync<long>(
            live,
            """SELECT count(*) FROM notices WHERE "MeetingId" = @id""",
            Guid.Parse(meetingId)
        );

        var backup = Path.Combine(_scratch, "backup");
        await RunAsync("eng/backup.sh", system.DataDirectory, backup);
        Assert.All(
            ["planningdb", "meetingsdb", "documentsdb", "notificationsdb"],
            database => Assert.True(File.Exists(Path.Combine(backup, $"{database}.dump")))
        );

        // A new system's Postgres: a new data folder, nothing in it but the four databases' names.
        var fresh = Path.Combine(_scratch, "fresh");
        await using var postgres = await PostgresServer.StartAsync(
            new PostgresServerOptions(Path.Combine(fresh, "postgres"), Throwaway: true)
        );
        await RunAsync("eng/restore.sh", fresh, backup);

        Assert.Equal(
            1L,
            await ScalarAsync<long>(
                postgres.GetConnectionString(ResourceNames.MeetingsDatabase),
                """SELECT count(*) FROM meetings WHERE "Id" = @id""",
                Guid.Parse(meetingId)
            )
        );
        Assert.Equal(
            sha256,
            await RestoredAttachmentSha256Async(
                postgres.GetConnectionString(ResourceNames.DocumentsDatabase),
                Guid.Parse(meetingId)
            )
        );
        Assert.Equal(
            notices,
            await ScalarAsync<long>(
                postgres.GetConnectionString(ResourceNames.NotificationsDatabase),
                """SELECT count(*) FROM notices WHERE "MeetingId" = @id""",
                Guid.Parse(meetingId)
            )
        );
        Assert.Equal(
            delivered,
            await DeliveredAsync(postgres.GetConnectionString(ResourceNames.NotificationsDatabase), meetingId)
        );
        Assert.True(
            await ScalarAsync<long>(
                postgres.GetConnectionString(ResourceNames.PlanningDatabase),
                """SELECT count(*) FROM arena_members WHERE "Email" = @email""",
                email
            ) == 1
        );
    }

    private static async Task<string> UploadAsync(HttpClient secretariat, string meetingId)
    {
        var content = new StreamContent(new GeneratedFile(AttachmentSize, seed: 42), bufferSize: 64 * 1024);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var form = new MultipartFormDataContent { { content, "file", "sikkerhetskopi.pdf" } };
        using var uploaded = await secretariat.PostAsync($"/api/documents/meetings/{meetingId}/attachments", form);
        Assert.True(uploaded.IsSuccessStatusCode, await uploaded.Content.ReadAsStringAsync());
        return (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sha256").GetString()!;
    }

    /// <summary>Polls <paramref name="count"/> until it is at least one (90 s at most); returns it.</summary>
    private static async Task<int> UntilAsync(Func<Task<int>> count, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (true)
        {
            var found = await count();
            if (found > 0)
                return found;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Waited 90 s for {what}.");
            await Task.Delay(250);
        }
    }

    private bool CaughtMailTo(string email) =>
        Directory.Exists(system.CaughtMailFolder)
        && Directory
            .EnumerateFiles(system.CaughtMailFolder)
            .Any(file => File.ReadAllText(file).Contains(email, StringComparison.Ordinal));

    private static async Task<int> DeliveredAsync(string connectionString, string meetingId) =>
        (int)
            await ScalarAsync<long>(
                connectionString,
                """
                SELECT count(*) FROM deliveries d JOIN notices n ON n."Id" = d."NoticeId"
                WHERE n."MeetingId" = @id AND d."DeliveredAt" IS NOT NULL
                """,
                Guid.Parse(meetingId)
            );

    /// <summary>
    /// The restored upload's bytes (not the meeting's generated notice PDFs), read back chunk by chunk as Documents
    /// serves them.
    /// </summary>
    private static async Task<string> RestoredAttachmentSha256Async(string connectionString, Guid meetingId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT c."Data" FROM attachment_chunks c
            JOIN attachment_versions v ON v."BlobId" = c."BlobId" JOIN attachments a ON a."Id" = v."AttachmentId"
            WHERE a."MeetingId" = @id AND v."FileName" = 'sikkerhetskopi.pdf' ORDER BY c."ChunkIndex"
            """,
            connection
        );
        command.Parameters.AddWithValue("id", meetingId);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            hash.AppendData((byte[])reader[0]);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql, object parameter)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(sql.Contains("@email", StringComparison.Ordinal) ? "email" : "id", parameter);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task RunAsync(string script, string dataDirectory, string folder)
    {
        var start = new ProcessStartInfo("bash", [script, folder])
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["Hfi__DataDirectory"] = dataDirectory },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{script} failed ({process.ExitCode}): {await output}{await errors}");
    }

    private static string RepositoryRoot()
    {
        for (
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            directory is not null;
            directory = directory.Parent
        )
        {
            if (File.Exists(Path.Combine(directory.FullName, "Hfi.Aspire.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException("The repository root (Hfi.Aspire.sln) is not above the test's folder.");
    }
}
