#!/usr/bin/env bash
# Operations import benchmark (issue 6): the full import of generated seized data on a throwaway PostgreSQL cluster
# against a raw `COPY` of the same CSV files in the same run.
#
#   raw COPY:     psql `\copy ... csv header` of each file into a plain, unindexed table with the file's columns.
#   full import:  one `operations import` process for all four files (migrations check; per file SHA-256 + UTF-8
#                 check, parse, map, validate, quarantine, row hash, binary COPY per batch with its
#                 checkpoint, one transaction per batch), then the person build once in the same process (aggregation
#                 per account, attribution, person writes). Per-step wall and CPU seconds of the CLI come from its own
#                 summary lines; the cluster's CPU is measured for the whole process.
#
# Usage: scripts/bench-import.sh [--accounts N] [--attacks M] [--seed S] [--keep] [--no-build]
#   default 200,000 accounts / 2,000,000 attacks; the issue's full size is --accounts 5000000 --attacks 50000000.
#   --keep leaves the generated files and the cluster's folder (the cluster itself is stopped).
# Result: TestResults/bench-import/result.md (and printed).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
accounts=200000
attacks=2000000
seed=1
keep=false
build=true
while [[ $# -gt 0 ]]; do
  case "$1" in
    --accounts) accounts=$2; shift ;;
    --attacks) attacks=$2; shift ;;
    --seed) seed=$2; shift ;;
    --keep) keep=true ;;
    --no-build) build=false ;;
    *) echo "Unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
load_before=$(uptime | sed "s/.*load average: //")

# Throwaway cluster (scripts/load/pg-cluster.sh) with fsync off: both sides are measured on the same cluster.
# shellcheck source=load/pg-cluster.sh
source scripts/load/pg-cluster.sh
pg_options="-c fsync=off"
work=""
cleanup() {
  if $keep; then
    [[ -z $pg_dir || ! -f $pg_dir/data/postmaster.pid ]] || as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  else
    stop_postgres
  fi
  if [[ -n $work && -d $work ]] && ! $keep; then rm -rf "$work"; fi
}
trap cleanup EXIT

now() { date +%s.%N; }
# CPU seconds used so far by the cluster: the postmaster and its live children, plus the exited backends it reaped.
server_cpu() {
  local pid ticks
  pid=$(head -n 1 "$pg_dir/data/postmaster.pid")
  ticks=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pid/stat")
  for child in $(ps -o pid= --ppid "$pid"); do
    ticks=$((ticks + $(awk '{ print $14 + $15 }' "/proc/$child/stat" 2>/dev/null || echo 0)))
  done
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }'
}
# Runs a command; sets "wall client server" (seconds: elapsed, CPU of the command, CPU of the cluster).
measure() {
  local start s0 cpu_file
  cpu_file=$(mktemp)
  start=$(now); s0=$(server_cpu)
  /usr/bin/time -f "%U %S" -o "$cpu_file" "$@"
  measured="$(seconds "$start" "$(now)") $(awk '{ printf "%.1f", $1 + $2 }' "$cpu_file") $(awk -v a="$s0" -v b="$(server_cpu)" 'BEGIN { printf "%.1f", b - a }')"
  rm -f "$cpu_file"
}
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

echo "== Build (Release)"
! $build || dotnet build src/Platform.Web -c Release -nologo -v q
# The IP → country database: without it the person build skips IP attribution, the largest share of its evidence.
scripts/fetch-geoip.sh
geoip=$root/src/Platform.Web/App_Data/geoip/geo-whois-asn-country.mmdb
app_dir=$root/src/Platform.Web/bin/Release/net10.0
work=$(mktemp -d /tmp/intercop-bench-import.XXXXXX)
chmod 755 "$work"
[[ -z $pg_user ]] || chown "$pg_user:" "$work"
start_postgres
export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=intercop"
export Platform__DataDirectory=$work/data
export Logging__LogLevel__Default=Warning
export Operations__GeoIpDatabase=$geoip
psql_cmd=("$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres)
"${psql_cmd[@]}" -d postgres -c "CREATE DATABASE intercop" -c "CREATE DATABASE rawcopy"
cli() { (cd "$app_dir" && dotnet Platform.Web.dll "$@"); }

echo "== Generate $accounts accounts, $attacks attacks (seed $seed)"
cli operations generate --out "$work/files" --accounts "$accounts" --attacks "$attacks" --seed "$seed"
chmod -R a+rX "$work/files"

echo "== Platform database: migrations, agencies, operation"
cli migrate
# Start-up cost of one CLI process (host, DI, migrations check), paid once per file by the full import.
measure env -C "$app_dir" dotnet Platform.Web.dll migrate
startup=${measured%% *}
# Agencies are normally created by a network admin in the app; the benchmark inserts the seven the generator uses.
"${psql_cmd[@]}" -d intercop -c "INSERT INTO \"Agencies\" (\"Code\", \"CountryName\", \"Name\", \"TimeZone\", \"DefaultLanguage\", \"IsActive\", \"JoinedAt\")
  SELECT c, c, 'Benchmark agency ' || c, 'UTC', 'en', true, now() FROM unnest(ARRAY['NL','FI','SE','PT','GB','DE','US']) AS c"
cli operations create --code BENCH-IMPORT --coordinator NL --participants FI,SE,PT,GB,DE,US --service booter.example --takedown 2025-06-01

files=(accounts logins payments attacks)
declare -A raw_sql=(
  [accounts]="id bigint, username text, email text, regip text, regdate bigint, phone text"
  [logins]="userid bigint, userip text, date bigint"
  [payments]="user_id bigint, amount numeric, currency text, date bigint, payer_email text, btc_address text, country text"
  [attacks]="id bigint, userid bigint, targetip text, duration integer, method text, utime bigint"
)
declare -A rows raw full raw_client raw_server full_client full_server
measured=""
"${psql_cmd[@]}" -d rawcopy -c "CHECKPOINT"
echo "== Raw COPY"
for f in "${files[@]}"; do
  rows[$f]=$(($(wc -l <"$work/files/$f.csv") - 1))
  "${psql_cmd[@]}" -d rawcopy -c "CREATE TABLE raw_$f (${raw_sql[$f]})"
  measure "${psql_cmd[@]}" -d rawcopy -c "\\copy raw_$f FROM '$work/files/$f.csv' WITH (FORMAT csv, HEADER true)"
  read -r raw[$f] raw_client[$f] raw_server[$f] <<<"$measured"
  echo "$f: ${rows[$f]} rows in ${raw[$f]} s (CPU: psql ${raw_client[$f]} s, server ${raw_server[$f]} s)"
done

"${psql_cmd[@]}" -d intercop -c "CHECKPOINT"
echo "== Full import (one process: four files, then the person build)"
import_args=()
for f in "${files[@]}"; do import_args+=(--kind "$f" --file "$work/files/$f.csv"); done
measure env -C "$app_dir" dotnet Platform.Web.dll operations import --operation BENCH-IMPORT "${import_args[@]}" \
  >"$work/import.out" 2>"$work/import.progress"
read -r total_wall total_client total_server <<<"$measured"
cat "$work/import.out"
# "Accounts: Imported … in 3.2 s (CPU 2.9 s)." and "Persons: … in 9.1 s (CPU 8.0 s)." per step.
step() { grep -i "^$1:" "$work/import.out" | sed -E 's/.* in ([0-9.]+) s \(CPU ([0-9.]+) s\)\.$/\1 \2/'; }
for f in "${files[@]}"; do read -r full[$f] full_client[$f] <<<"$(step "$f")"; done
read -r persons persons_client <<<"$(step persons)"
echo "total: $total_wall s (CPU: app $total_client s, server $total_server s)"

mkdir -p TestResults/bench-import
out=TestResults/bench-import/result.md
{
  echo "# Operations import vs raw COPY ($(date -u +%Y-%m-%d), $accounts accounts, $attacks attacks, seed $seed)"
  echo
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') (throwaway cluster, fsync=off), $(nproc) cores; load before: $load_before"
  echo
  echo "IP → country: geo-whois-asn-country-mmdb $(sed -n 's/.*"version": "\(.*\)".*/\1/p' "${geoip%.mmdb}.version.json") (the person build's IP evidence)."
  echo
  echo "Wall-clock seconds; in brackets CPU seconds of the client (psql / the platform CLI) + of the PostgreSQL cluster."
  echo
  echo "| File | Rows | Raw COPY s | Full import s (CLI CPU) | Ratio (wall) |"
  echo "|---|---:|---:|---:|---:|"
  total_raw=0; total_raw_cpu=0
  for f in "${files[@]}"; do
    echo "| $f.csv | ${rows[$f]} | ${raw[$f]} (${raw_client[$f]} + ${raw_server[$f]}) | ${full[$f]} (${full_client[$f]}) | $(awk -v a="${full[$f]}" -v b="${raw[$f]}" 'BEGIN { printf "%.2f×", a / b }') |"
    total_raw=$(awk -v a="$total_raw" -v b="${raw[$f]}" 'BEGIN { print a + b }')
    total_raw_cpu=$(awk -v a="$total_raw_cpu" -v b="${raw_client[$f]}" -v c="${raw_server[$f]}" 'BEGIN { print a + b + c }')
  done
  echo "| person build (once) | | | $persons ($persons_client) | |"
  echo "| **total** (one process, incl. start-up) | | **$total_raw** ($total_raw_cpu CPU-s) | **$total_wall** ($total_client + $total_server) | **$(awk -v a="$total_wall" -v b="$total_raw" 'BEGIN { printf "%.2f×", a / b }')** |"
  echo
  echo "CPU seconds, full import / raw COPY: $(awk -v a="$total_client" -v s="$total_server" -v b="$total_raw_cpu" 'BEGIN { if (b > 0) printf "%.1f×", (a + s) / b; else print "n/a (raw COPY under 0.1 CPU-s)" }')."
  echo "Starting one CLI process (host, services, migrations check) took $startup s in this run; the full import pays it once."
  echo
  echo "Load after: $(uptime | sed 's/.*load average: //')"
} >"$out"
cat "$out"
