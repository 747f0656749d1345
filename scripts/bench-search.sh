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

# shellcheck source=load/pg-cluster.sh
source scripts/load/pg-cluster.sh
pg_options="-c fsync=off" # search is read-only while measuring
trap stop_postgres EXIT

dotnet build benchmarks/Platform.Benchmarks -c Release -nologo -v q
if ! $sqlite_only; then
  start_postgres
  export INTERCOP_BENCH_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"
fi
dotnet run --project benchmarks/Platform.Benchmarks -c Release --no-build -- seed
dotnet run --project benchmarks/Platform.Benchmarks -c Release --no-build -- --filter '*' "${extra[@]}"
