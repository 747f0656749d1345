#!/usr/bin/env bash
# Load and soak test of the real server (Release build) on a throwaway PostgreSQL cluster with the demo network:
# signs a two-factor demo member in through the real pages, then runs wrk against each target and prints
# p50/p90/p99 latency, requests/s and errors (non-2xx responses and socket errors) per target.
#
# Usage: scripts/load.sh [--duration SECONDS] [--warmup SECONDS] [--connections N] [--rate N] [--soak [MINUTES]] [--no-build]
#   --duration SECONDS  per target (default 10; plus a 3 s warm-up that is not counted)
#   --warmup SECONDS    before any measurement, run every target for this long, saturating (default 8): the first
#                       minute after a start is the JIT's (tiering ~2,000 methods to optimised code on the same 2
#                       cores), and the targets are about the steady state a running server is in; 0 to see it cold
#   --connections N     concurrent connections held by wrk (default 16, or 64 with --rate); without --rate wrk
#                       runs closed-loop (saturating), so the figure to read is the throughput at this concurrency
#   --rate N            paced (open-loop) instead: offer N requests/s in total per target (scripts/load/paced.lua)
#                       and judge each authenticated target by p99 < 50 ms AND achieved >= 98% of N; wrk times
#                       from the actual send, so a server that falls behind shows as achieved < offered, a miss
#   --soak [MINUTES]    instead: one mixed authenticated run of MINUTES (default 30) with the host's RSS sampled
#                       every 10 s into TestResults/load/soak-rss.csv; fails unless 0 errors and memory is flat
#                       (median of the last third within 10% of the median of the middle third; runs under
#                       10 minutes mostly measure the heap warming up)
#   --no-build          use the existing Release build
#   --only PATTERN      measure only the targets whose path matches this extended regular expression
# Exit code 0 only when no request failed (and, for --soak, memory stayed flat).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
duration=10
warmup=8
connections=""
rate=""
soak_minutes=""
build=true
only=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) duration=${2:?}; shift ;;
    --warmup) warmup=${2:?}; shift ;;
    --connections) connections=${2:?}; shift ;;
    --rate) rate=${2:?}; shift ;;
    --soak) if [[ ${2:-} =~ ^[0-9]+$ ]]; then soak_minutes=$2; shift; else soak_minutes=30; fi ;;
    --no-build) build=false ;;
    --only) only=${2:?}; shift ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done
[[ -z $rate || $rate =~ ^[0-9]+$ && $rate -gt 0 ]] || { echo "--rate needs a positive whole number" >&2; exit 2; }
[[ -z $rate || -z $soak_minutes ]] || { echo "--rate and --soak do not combine" >&2; exit 2; }
# Paced runs need spare connections: at a fixed rate a slow answer must not hold up the next slot.
connections=${connections:-$([[ -n $rate ]] && echo 64 || echo 16)}
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 1; }
load_dir="$root/scripts/load"
results="$root/TestResults/load"
mkdir -p "$results"
# shellcheck source=load/pg-cluster.sh
source "$load_dir/pg-cluster.sh"

work=$(mktemp -d /tmp/intercop-load.XXXXXX)
server_pid=""
cleanup() {
  if [[ -n $server_pid ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  stop_postgres
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if $build; then
  dotnet build src/Platform.Web -c Release -nologo -clp:NoSummary -v quiet >/dev/null
fi
dll="$root/src/Platform.Web/bin/Release/net10.0/Platform.Web.dll"
[[ -f $dll ]] || { echo "No Release build at $dll" >&2; exit 1; }

start_postgres
port=$(free_port)
base="http://127.0.0.1:$port"
# The dll itself (not `dotnet run`) so that $server_pid is the host whose memory is sampled.
ASPNETCORE_ENVIRONMENT=Production Demo__Seed=true \
  ConnectionStrings__Postgres="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=intercop_load" \
  Platform__DataDirectory="$work/data" Logging__LogLevel__Default=Warning \
  dotnet "$dll" --urls "$base" --contentRoot "$root/src/Platform.Web" >"$results/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 180); do
  curl -fs "$base/health" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { tail -n 30 "$results/server.log" >&2; exit 1; }
  sleep 1
done
curl -fs "$base/health" >/dev/null || { echo "Server did not become healthy" >&2; exit 1; }
echo "Server (pid $server_pid) on $base, demo network seeded"

# A country coordinator: two-factor, personal-data role, may list members; sees cases, knowledge and members.
cookie=$(/usr/bin/python3 "$load_dir/signin.py" "$base" "countryadmin.nl@intercop-demo.example" "Prevention works 2026!")

targets=(
  "sign-in page (anonymous)|/Accounts/SignIn|anon"
  "knowledge search page, text + facets|/Knowledge?q=workshop&stage=Secondary&offence=Hacking&country=NL|auth"
  "GET /api/knowledge/search, text + facets|/api/knowledge/search?q=young%20offenders&stage=Tertiary&offence=Hacking&country=NL|auth"
  "case list /Cases|/Cases|auth"
  "network members list|/Network/Members|auth"
)

run_wrk() { # seconds script url [cookie]
  local args=(-t 1 -c "$connections" -d "${1}s" --latency --timeout 5s -s "$2")
  [[ -z ${4:-} ]] || args+=(-H "Cookie: $4")
  INTERCOP_LOAD_DIR="$load_dir" INTERCOP_RATE="$rate" INTERCOP_THREADS=1 wrk "${args[@]}" "$3" | grep '^RESULT'
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
# CPU time in clock ticks (utime + stime, plus reaped children for PostgreSQL's postmaster): divided by the requests
# it gives the CPU cost of one request, a figure that stays comparable while other work shares the machine.
ticks_of() { awk '{ print $14 + $15 + $16 + $17 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
server_ticks() { ticks_of "$server_pid"; }
postgres_ticks() {
  local postmaster sum=0 pid
  postmaster=$(head -n 1 "$pg_dir/data/postmaster.pid")
  for pid in "$postmaster" $(pgrep -P "$postmaster"); do sum=$((sum + $(ticks_of "$pid"))); done
  echo "$sum"
}
per_request_ms() { awk -v t="$1" -v n="$2" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", (n > 0 ? t * 1000 / hz / n : 0) }'; }

if (( warmup > 0 )); then
  for target in "${targets[@]}"; do
    IFS='|' read -r _ path kind <<<"$target"
    session=""; [[ $kind == anon ]] || session=$cookie
    INTERCOP_LOAD_DIR="$load_dir" wrk -t 1 -c 16 -d "${warmup}s" ${session:+-H "Cookie: $session"} "$base$path" >/dev/null
  done
fi

failed=0
script="$load_dir/report.lua"
[[ -z $rate ]] || script="$load_dir/paced.lua"
if [[ -z $soak_minutes ]]; then
  report="$results/load.md"
  {
    echo "| target |${rate:+ offered requests/s |} requests/s | p50 ms | p90 ms | p99 ms | errors (non-2xx + socket) | server CPU ms/request | PostgreSQL CPU ms/request |"
    echo "|---|${rate:+---:|}---:|---:|---:|---:|---:|---:|---:|"
  } >"$report"
  for target in "${targets[@]}"; do
    IFS='|' read -r name path kind <<<"$target"
    [[ -z $only ]] || grep -Eq -- "$only" <<<"$path" || continue
    session=""; [[ $kind == anon ]] || session=$cookie
    run_wrk 3 "$script" "$base$path" "$session" >/dev/null
    server_before=$(server_ticks); postgres_before=$(postgres_ticks)
    line=$(run_wrk "$duration" "$script" "$base$path" "$session")
    requests=$(field requests "$line")
    server_ms=$(per_request_ms $(( $(server_ticks) - server_before )) "$requests")
    postgres_ms=$(per_request_ms $(( $(postgres_ticks) - postgres_before )) "$requests")
    errors=$(( $(field non2xx "$line") + $(field socket_errors "$line") ))
    (( errors == 0 )) || failed=1
    echo "| $name |${rate:+ $rate |} $(field rps "$line") | $(field p50_ms "$line") | $(field p90_ms "$line") | $(field p99_ms "$line") | $errors | $server_ms | $postgres_ms |" >>"$report"
    if [[ $kind == auth ]]; then
      if [[ -n $rate ]]; then
        met=$(awk -v r="$(field rps "$line")" -v o="$rate" -v p="$(field p99_ms "$line")" 'BEGIN { print (r >= 0.98 * o && p < 50) ? "met" : "not met" }')
        echo "$name: p99 < 50 ms with >= 98% of $rate req/s achieved: $met" >>"$results/verdicts.txt"
      else
        met=$(awk -v r="$(field rps "$line")" -v p="$(field p99_ms "$line")" 'BEGIN { print (r >= 500 && p < 50) ? "met" : "not met" }')
        echo "$name: target (>= 500 req/s with p99 < 50 ms) $met" >>"$results/verdicts.txt"
      fi
    fi
  done
  echo; cat "$report"; echo; cat "$results/verdicts.txt"; rm -f "$results/verdicts.txt"
  echo "$connections connections,${rate:+ paced at $rate req/s,} ${duration}s per target after a ${warmup}s warm-up of each, wrk and server on the same $(nproc)-core machine;$(uptime | sed 's/.*,  *load/ load/')"
  # Every members-list view was audited under concurrency: the chain must still verify.
  ConnectionStrings__Postgres="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=intercop_load" \
    Platform__DataDirectory="$work/data" Logging__LogLevel__Default=Warning \
    dotnet "$dll" audit verify --contentRoot "$root/src/Platform.Web" | tail -n 1 || failed=1
else
  csv="$results/soak-rss.csv"
  echo "seconds,rss_kib" >"$csv"
  paths=$(for t in "${targets[@]}"; do IFS='|' read -r _ path kind <<<"$t"; [[ $kind == anon ]] || printf '%s|' "$path"; done)
  INTERCOP_COOKIE=$cookie INTERCOP_PATHS=$paths run_wrk $((soak_minutes * 60)) "$load_dir/soak.lua" "$base/" >"$work/soak.txt" &
  wrk_pid=$!
  started=$SECONDS
  while kill -0 "$wrk_pid" 2>/dev/null; do
    echo "$((SECONDS - started)),$(awk '/^VmRSS/ { print $2 }' "/proc/$server_pid/status")" >>"$csv"
    sleep 10
  done
  wait "$wrk_pid" || true
  line=$(cat "$work/soak.txt")
  echo "$line"
  errors=$(( $(field non2xx "$line") + $(field socket_errors "$line") ))
  (( errors == 0 )) || { echo "Soak: $errors errors" >&2; failed=1; }
  /usr/bin/python3 - "$csv" <<'PY' || failed=1
import csv, statistics, sys
rss = [int(r["rss_kib"]) for r in csv.DictReader(open(sys.argv[1]))]
third = len(rss) // 3
if third < 2:
    sys.exit("Soak: too few RSS samples to judge memory")
middle, last = statistics.median(rss[third:2 * third]), statistics.median(rss[2 * third:])
change = (last - middle) / middle
print(f"RSS: first {rss[0] // 1024} MiB, middle-third median {middle / 1024:.0f} MiB, last-third median {last / 1024:.0f} MiB ({change:+.1%}), peak {max(rss) // 1024} MiB")
sys.exit(0 if abs(change) <= 0.10 else "Soak: memory is not flat (last third differs from the middle third by more than 10%)")
PY
  echo "Samples: $csv;$(uptime | sed 's/.*,  *load/ load/')"
fi
exit "$failed"
