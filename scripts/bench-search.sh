#!/usr/bin/env bash
# Measures knowledge search over 10,000 synthetic profiles on SQLite and on a throwaway PostgreSQL cluster
# (the same cluster approach as scripts/test.sh), with BenchmarkDotNet: P50/P95/P99 of single searches.
#
# Usage: scripts/bench-search.sh [--sqlite-only] [-- extra BenchmarkDotNet options, e.g. --filter '*Ddos*']
# Environment: INTERCOP_BENCH_ITERATIONS (measured searches per query, default 300).
# Results: BenchmarkDotNet.Artifacts/results/*-report-github.md
set -euo pipefail
cd "$(dirname "$0")/.."
sqlite_only=false
extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sqlite-only) sqlite_only=true ;;
    --) shift; extra=("$@"); break ;;
    *) echo "Unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

pg_dir=""
pg_user=""
pg_bin=""
as_pg() { if [[ -n $pg_user ]]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi; }
stop_postgres() {
  if [[ -n $pg_dir && -d $pg_dir ]]; then
    [[ ! -f $pg_dir/data/postmaster.pid ]] || as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
trap stop_postgres EXIT

start_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -x $pg_bin/initdb ]] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; return 1; }
  pg_dir=$(mktemp -d /tmp/intercop-bench-pg.XXXXXX)
  if [[ $(id -u) -eq 0 ]]; then pg_user=postgres; chown "$pg_user:" "$pg_dir"; fi
  as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log"
  printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' | as_pg tee "$pg_dir/data/pg_hba.conf" >/dev/null
  local attempt
  for attempt in 1 2 3 4 5 6 7 8; do
    pg_port=$((20000 + RANDOM % 40000))
    if (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; then continue; fi
    # Default durability settings except fsync (a throwaway cluster); search is read-only while measuring.
    if as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 start -o \
        "-c listen_addresses=127.0.0.1 -p $pg_port -c unix_socket_directories=$pg_dir -c fsync=off" >/dev/null; then
      return 0
    fi
  done
  return 1
}

dotnet build benchmarks/Platform.Benchmarks -c Release -nologo -v q
if ! $sqlite_only; then
  start_postgres
  export INTERCOP_BENCH_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"
fi
dotnet run --project benchmarks/Platform.Benchmarks -c Release --no-build -- seed
dotnet run --project benchmarks/Platform.Benchmarks -c Release --no-build -- --filter '*' "${extra[@]}"
