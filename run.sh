#!/usr/bin/env bash
# Runs the whole Hfi system under the .NET Aspire AppHost: Postgres, RabbitMQ, the mail catcher, the four services
# and the gateway, with the Aspire dashboard. Prints the addresses once everything is healthy; Ctrl+C stops it all.
# Settings in this script's environment reach every project (e.g. Gateway__Limits__PermitsPerWindow=1000 ./run.sh).
set -euo pipefail
cd "$(dirname "$0")"
eng/install-prerequisites.sh
dotnet build Hfi.Aspire.sln -nologo -clp:ErrorsOnly

# The dashboard on plain http on this machine (the "http" profile of AppHost/Hfi.AppHost/Properties/launchSettings.json,
# which `dotnet run` would apply; the AppHost runs as its own process here so Ctrl+C and SIGTERM reach it directly).
export DOTNET_ENVIRONMENT="${DOTNET_ENVIRONMENT:-Development}"
export ASPNETCORE_URLS="${ASPIRE_DASHBOARD_URL:-http://localhost:18888}"
export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="${ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL:-http://localhost:18889}"
export ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL="${ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL:-http://localhost:18890}"
export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true
exec dotnet AppHost/Hfi.AppHost/bin/Debug/net10.0/Hfi.AppHost.dll "$@"
