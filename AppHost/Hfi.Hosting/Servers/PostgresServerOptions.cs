namespace Hfi.Hosting.Servers;

/// <summary>
/// Where and how to run a PostgreSQL server of our own.
/// </summary>
/// <param name="DataDirectory">Folder for the cluster (created and initialised on first start).</param>
/// <param name="Port">TCP port on 127.0.0.1; 0 picks a free one.</param>
/// <param name="Throwaway">Skips fsync for speed and deletes <paramref name="DataDirectory"/> on dispose.</param>
public sealed record PostgresServerOptions(string DataDirectory, int Port = 0, bool Throwaway = false);
