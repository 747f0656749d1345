#!/usr/bin/env bash
# Adds a migration with the same name for both providers. Usage: scripts/add-migration.sh AddCases
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
project=src/Platform.Web
dotnet build "$project" -v q -nologo >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build --project "$project" --context "${provider}AppDbContext" \
    --output-dir "Infrastructure/Data/Migrations/$provider"
done
