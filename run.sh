#!/usr/bin/env bash
# Runs the whole Hfi system under the .NET Aspire AppHost: Postgres, RabbitMQ, the mail catcher, the four services
# and the gateway, with the Aspire dashboard. Prints the addresses once everything is healthy; Ctrl+C stops it all.
# Settings in this script's environment reach every project (e.g. Gateway__Limits__PermitsPerWindow=1000 ./run.sh).
# Optimised (Release) builds by default, as a person running the system gets them; HFI_CONFIGURATION=Debug ./run.sh
# runs Debug builds for development. The two live side by side in bin/Release and bin/Debug (test.sh builds Debug),
# so neither clobbers the other. HFI_NO_BUILD=1 starts what was built last, without installing or building.
set -euo pipefail
cd "$(dirname "$0")"
configuration="${HFI_CONFIGURATION:-Release}"
case "$configuration" in
  Release | Debug) ;;
  *) echo "error: HFI_CONFIGURATION must be Release or Debug, not '$configuration'." >&2; exit 2 ;;
esac
if [ "${HFI_NO_BUILD:-}" != 1 ]; then
  eng/install-prerequisites.sh
  # The AppHost builds the projects it runs (its project references) in the same configuration.
  dotnet build AppHost/Hfi.AppHost -c "$configuration" -nologo -clp:ErrorsOnly
fi

# The dashboard on plain http on this machine (the "http" profile of AppHost/Hfi.AppHost/Properties/launchSettings.json,
# which `dotnet run` would apply; the AppHost runs as its own process here so Ctrl+C and SIGTERM reach it directly).
export DOTNET_ENVIRONMENT="${DOTNET_ENVIRONMENT:-Development}"
export ASPNETCORE_URLS="${ASPIRE_DASHBOARD_URL:-http://localhost:18888}"
export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="${ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL:-http://localhost:18889}"
export ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL="${ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL:-http://localhost:18890}"
export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true
# With one instance of each, the projects listen on their own ports, not behind Aspire's proxy, and the services reach
# Postgres, RabbitMQ and the mail catcher without it too (HfiSystem.cs).
export HFI_DIRECT_ENDPOINTS="${HFI_DIRECT_ENDPOINTS:-1}"
# Aspire starts each project with `dotnet run --no-build --configuration <the AppHost's own configuration>`, so a
# Release AppHost runs the Release builds of the services and the gateway.
exec dotnet "AppHost/Hfi.AppHost/bin/$configuration/net10.0/Hfi.AppHost.dll" "$@"
