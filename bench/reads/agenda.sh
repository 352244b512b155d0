#!/usr/bin/env bash
# The hot reads against a running system: seeds one meeting of 8 items (the 3 standard ones, 3 cases for all
# members, 2 for municipal representatives only), then loads, through the gateway over h2c:
#   bare    GET /alive                              (the ceiling the rest is measured against)
#   agenda  GET /api/meetings/{id}/agenda           with a hospital member's token (sees 6 items), max rate
#   agenda  the same with If-None-Match of its ETag (304s)
#   agenda  at a fixed 500 req/s with a municipal member's token (p99 is the figure)
# Usage: bench/reads/agenda.sh [gateway-url [h2c-url]]   (defaults http://localhost:8080 for the set-up over HTTP/1.1,
# http://localhost:8081, the gateway's h2c port, for the load; the system needs its rate limits raised, e.g.
# Gateway__Limits__PermitsPerWindow=100000000 ./run.sh). Needs curl, jq and h2load (nghttp2-client).
# Environment: SECONDS_PER_RUN (default 10), CONNECTIONS (16), STREAMS (1).
set -euo pipefail
gateway="${1:-http://localhost:8080}"
h2c="${2:-http://localhost:8081}"
duration="${SECONDS_PER_RUN:-10}"
connections="${CONNECTIONS:-16}"
streams="${STREAMS:-1}"

token() {
  curl -sf -X POST "$gateway/api/auth/dev-sign-in" -H 'Content-Type: application/json' \
    -d "{\"user\":\"$1\"}" | jq -r .token
}
secretariat=$(token sekretariat)
hospital=$(token sykehus)
municipal=$(token kommune-hamar)

api() {
  curl -sS --fail-with-body -X "$1" "$gateway$2" -H "Authorization: Bearer $secretariat" \
    -H 'Content-Type: application/json' -d "$3"
}
meeting=$(api POST /api/meetings '{"arenaId":"partnerskapsmotet","title":"Partnerskapsmøtet (lesetest)",
  "startsAt":"2030-05-23T12:00:00Z","endsAt":"2030-05-23T16:00:00Z","place":"Hamar"}' | jq -r .meetingId)
item() {
  api POST "/api/meetings/$meeting/agenda/items" "{\"kind\":\"$1\",\"title\":\"$2\",\"durationMinutes\":$3,
    \"caseType\":\"$4\",\"proposedResolution\":\"Saken tas til orientering.\",\"audience\":\"$5\"}" >/dev/null
}
item AGENDA_ITEM_KIND_CASE "Årsrapport 2023" 20 CASE_TYPE_DROFTING all-members
item AGENDA_ITEM_KIND_CASE "Handlingsplan 2024-2025" 45 CASE_TYPE_BESLUTNING all-members
item AGENDA_ITEM_KIND_CASE "Samhandlingsbarometeret" 30 CASE_TYPE_ORIENTERING all-members
item AGENDA_ITEM_KIND_CASE "Regnskap for 2023" 15 CASE_TYPE_BESLUTNING municipal-representatives
item AGENDA_ITEM_KIND_CASE "Kommunalt budsjett" 15 CASE_TYPE_BESLUTNING municipal-representatives
agenda="$h2c/api/meetings/$meeting/agenda"
read_agenda() { curl -sf "$gateway/api/meetings/$meeting/agenda" -H "Authorization: Bearer $hospital" "$@"; }
etag=$(read_agenda -D - -o /dev/null | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
echo "meeting $meeting, agenda of $(read_agenda | jq '.items | length') items for a hospital member, ETag ${etag:-none}"

run() {
  local name="$1"; shift
  local out
  out=$(h2load -D "$duration" -c "$connections" -m "$streams" "$@" 2>&1)
  printf '%-28s %s | %s | %s\n' "$name" \
    "$(grep -o 'finished in .*req/s' <<<"$out" | sed 's/finished in [^,]*, //')" \
    "$(grep -o '[0-9]* 2xx, [0-9]* 3xx, [0-9]* 4xx, [0-9]* 5xx' <<<"$out")" \
    "$(grep '^time for request' <<<"$out" | awk '{print "mean " $6 " sd " $7}')"
}
echo "load before: $(uptime)"
run "bare /alive" "$h2c/alive"
run "agenda, hospital member" -H "Authorization: Bearer $hospital" "$agenda"
if [ -n "$etag" ]; then
  run "agenda, If-None-Match" -H "Authorization: Bearer $hospital" -H "If-None-Match: $etag" "$agenda"
fi
# A fixed 500 req/s: h2load's --rps is per client, so 10 clients at 50 each; percentiles from its log.
log=$(mktemp)
h2load -D "$duration" -c 10 --rps 50 --log-file="$log" -H "Authorization: Bearer $municipal" "$agenda" \
  >/dev/null 2>&1 || true
awk '{print $3/1000}' "$log" | sort -n | awk -v seconds="$duration" '{a[NR]=$1} END {if (NR)
  printf "%-28s %d requests (%.0f/s), p50 %.1f ms, p99 %.1f ms\n",
    "agenda at 500/s, municipal", NR, NR/seconds, a[int(NR*0.5)], a[int(NR*0.99)]}'
rm -f "$log"
echo "load after:  $(uptime)"
