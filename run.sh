#!/usr/bin/env bash
# Runs the whole Hfi system: Postgres, RabbitMQ, the four services and the gateway, under the AppHost.
set -euo pipefail
cd "$(dirname "$0")"
eng/install-prerequisites.sh
dotnet build Hfi.Aspire.sln -nologo -clp:ErrorsOnly
exec dotnet AppHost/Hfi.AppHost/bin/Debug/net10.0/Hfi.AppHost.dll "$@"
