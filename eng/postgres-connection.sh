# Sourced by eng/backup.sh and eng/restore.sh: where the running system's Postgres answers. The AppHost lets Aspire
# pick the port, so it is read from the server's own postmaster.pid (line 4: port, line 6: listen address), in the
# data folder the AppHost uses (.hfi/, or Hfi__DataDirectory as in its own configuration).
data_directory="${Hfi__DataDirectory:-.hfi}"
pid_file="$data_directory/postgres/cluster/postmaster.pid"
if [ ! -f "$pid_file" ]; then
  echo "error: no running Postgres in $data_directory/postgres (start the system with ./run.sh first)" >&2
  exit 1
fi
PG_BIN=/usr/lib/postgresql/15/bin
PG_PORT="$(sed -n 4p "$pid_file")"
PG_HOST="$(sed -n 6p "$pid_file" | awk '{print $1}')"
[ -n "$PG_HOST" ] && [ "$PG_HOST" != "*" ] || PG_HOST=127.0.0.1
# The databases the AppHost creates (ServiceDefaults/ResourceNames.cs).
HFI_DATABASES=(planningdb meetingsdb documentsdb notificationsdb)
