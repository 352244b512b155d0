#!/usr/bin/env bash
# Restores a backup taken by eng/backup.sh into the running system's Postgres (.hfi/postgres, or
# Hfi__DataDirectory/postgres): each database is dropped (its connections ended) and created anew from its dump.
#   eng/restore.sh <backup-folder>
# Stop the services first, or at least expect them to reconnect and retry (they do): a service writing while its
# database is restored loses that write. Messages in RabbitMQ are not part of the backup: events published after the
# backup was taken and still queued are consumed once the services run again (the inbox skips what it already saw).
set -euo pipefail
cd "$(dirname "$0")/.."
source eng/postgres-connection.sh

source_folder="${1:?usage: eng/restore.sh <backup-folder>}"
(cd "$source_folder" && sha256sum --quiet -c SHA256SUMS)
started=$(date +%s)
psql() { "$PG_BIN/psql" -h "$PG_HOST" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
for database in "${HFI_DATABASES[@]}"; do
  dump="$source_folder/$database.dump"
  [ -f "$dump" ] || { echo "error: $dump is missing" >&2; exit 1; }
  psql -d postgres -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" -c "CREATE DATABASE \"$database\""
  "$PG_BIN/pg_restore" -h "$PG_HOST" -p "$PG_PORT" -U postgres --no-owner --exit-on-error --jobs=2 -d "$database" "$dump"
done
echo "Restored ${HFI_DATABASES[*]} from $source_folder in $(( $(date +%s) - started )) s."
