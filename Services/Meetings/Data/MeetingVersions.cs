using Hfi.ServiceDefaults;
using Hfi.ServiceDefaults.Data;
using Npgsql;

namespace Hfi.Meetings.Data;

/// <summary>
/// The meeting row's version (<c>xmin</c>), which <see cref="Grpc.MeetingReads"/> reads before every cached answer: a
/// prepared one-row query on a small pool of its own, outside EF Core. The pool's connections never carry session
/// state (only this query runs on them), so they are handed back without a reset and keep the statement prepared:
/// the check costs Postgres an index lookup, not a parse, a plan and a reset each time.
/// </summary>
public sealed class MeetingVersions : IAsyncDisposable
{
    private const string Query = """SELECT xmin FROM meetings WHERE "Id" = $1""";
    private readonly NpgsqlDataSource _dataSource;

    public MeetingVersions(IConfiguration configuration)
    {
        var connectionString = configuration.GetRequiredConnectionString(ResourceNames.MeetingsDatabase);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.NoResetOnClose = true;
        builder.ConnectionStringBuilder.MaxAutoPrepare = 1;
        builder.ConnectionStringBuilder.AutoPrepareMinUsages = 1;
        builder.ConnectionStringBuilder.MaxPoolSize = 16;
        _dataSource = builder.Build();
    }

    /// <summary>The version a save of the meeting last committed, or null when there is no such meeting.</summary>
    public async Task<uint?> OfAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(Query);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = meetingId });
        return await command.ExecuteScalarAsync(cancellationToken) is uint version ? version : null;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
