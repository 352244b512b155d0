#!/usr/bin/env bash
# Backs up every Hfi database from the running system's Postgres (.hfi/postgres, or Hfi__DataDirectory/postgres),
# while the system runs: one pg_dump per database, custom format (restorable per table; lightly compressed, level
# HFI_BACKUP_COMPRESSION 0-9, default 1, as attachments are mostly compressed PDFs already), each a
# consistent snapshot of its database. Attachments are stored in documentsdb, so they are in the backup.
#   eng/backup.sh [backup-folder]      (default: .hfi-backups/<UTC time>)
# Prints the folder. Restore with eng/restore.sh <backup-folder>.
set -euo pipefail
cd "$(dirname "$0")/.."
source eng/postgres-connection.sh

target="${1:-.hfi-backups/$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$target"
target="$(cd "$target" && pwd)"
started=$(date +%s)
for database in "${HFI_DATABASES[@]}"; do
  # Written by this script's user from pg_dump's stdout: the folder need not be the postgres account's.
  "$PG_BIN/pg_dump" -h "$PG_HOST" -p "$PG_PORT" -U postgres --format=custom --compress="${HFI_BACKUP_COMPRESSION:-1}" --no-owner "$database" > "$target/$database.dump"
done
{
  echo "taken_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "databases=${HFI_DATABASES[*]}"
  echo "server_version=$("$PG_BIN/psql" -h "$PG_HOST" -p "$PG_PORT" -U postgres -Atc 'SHOW server_version' postgres)"
} > "$target/backup.info"
(cd "$target" && sha256sum ./*.dump > SHA256SUMS)
echo "Backed up ${HFI_DATABASES[*]} to $target in $(( $(date +%s) - started )) s ($(du -sh "$target" | cut -f1))."
