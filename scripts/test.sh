#!/usr/bin/env bash
# Runs every test of the platform on a fresh Debian machine that has the .NET SDK:
#   1. installs PostgreSQL, Chromium and aiosmtpd from Debian packages when missing,
#   2. builds the solution once (warnings are errors),
#   3. runs the unit/integration suite on SQLite and again on a throwaway PostgreSQL cluster,
#   4. runs the browser (E2E) suite on SQLite in headless Chromium,
#   5. fails on any High/Critical vulnerability in the NuGet dependency graph,
# and ends with one line "N passed, N failed, N skipped" over all runs. Exit code 0 only if all is well.
#
# Usage: scripts/test.sh [--sqlite-only] [--no-e2e] [--filter PATTERN] [-- extra test-runner options]
#   --sqlite-only     skip the PostgreSQL pass (and the PostgreSQL install/cluster)
#   --no-e2e          skip the browser suite (and the Chromium install)
#   --filter PATTERN  run only tests whose full method name matches PATTERN ('*' at start/end), e.g. '*SignIn*'
#   -- ...            passed to every test run, e.g. -- --filter-class '*MigrationTests'
set -euo pipefail

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; }

sqlite_only=false
e2e=true
filter=""
extra_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sqlite-only) sqlite_only=true ;;
    --no-e2e) e2e=false ;;
    --filter) filter=${2:?--filter needs a pattern}; shift ;;
    --filter=*) filter=${1#--filter=} ;;
    -h|--help) usage; exit 0 ;;
    --) shift; extra_args=("$@"); break ;;
    *) echo "Unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

cd "$(dirname "$0")/.."
root=$PWD
configuration=Release
results="$root/TestResults"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Playwright drives the Debian Chromium; it must never fetch a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export INTERCOP_CHROMIUM=${INTERCOP_CHROMIUM:-/usr/bin/chromium}
export INTERCOP_E2E_ARTIFACTS="$results/e2e"
unset INTERCOP_TEST_POSTGRES

as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

# --- step timing ------------------------------------------------------------------------------------------
step_names=()
step_seconds=()
step_started=0
step() {
  step_started=$SECONDS
  step_names+=("$1")
  echo
  echo "==> $1"
}
step_done() {
  local took=$((SECONDS - step_started))
  step_seconds+=("$took")
  echo "<== ${step_names[-1]}: ${took}s"
}

problems=()

# --- throwaway PostgreSQL cluster, removed on exit (also on failure or Ctrl-C) ---------------------------
pg_dir=""
pg_bin=""
pg_user=""
pg_port=""
as_pg() { if [[ -n $pg_user ]]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi; }
stop_postgres() {
  if [[ -n $pg_dir && -d $pg_dir ]]; then
    if [[ -f $pg_dir/data/postmaster.pid ]]; then
      as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$pg_dir"
  fi
  pg_dir=""
}
# Long commands run in the background and are waited for, so Ctrl-C (or TERM) stops them at once instead of when
# they finish; the EXIT trap then removes the cluster.
child=""
run_interruptibly() {
  local rc=0
  "$@" &
  child=$!
  wait "$child" || rc=$?
  child=""
  return "$rc"
}
on_signal() {
  echo "Interrupted." >&2
  [[ -z $child ]] || kill -TERM "$child" 2>/dev/null || true
  exit 130
}
trap stop_postgres EXIT
trap on_signal INT TERM

start_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -x $pg_bin/initdb ]] || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql" >&2; return 1; }
  pg_dir=$(mktemp -d /tmp/intercop-pg.XXXXXX)
  if [[ $(id -u) -eq 0 ]]; then
    # initdb refuses to run as root.
    pg_user=postgres
    chown "$pg_user:" "$pg_dir"
  fi
  as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" \
    || { cat "$pg_dir/initdb.log" >&2; return 1; }
  # Only this machine, only over 127.0.0.1, no password: the cluster lives for one test run.
  printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' | as_pg tee "$pg_dir/data/pg_hba.conf" >/dev/null
  local attempt
  for attempt in 1 2 3 4 5 6 7 8; do
    pg_port=$((20000 + RANDOM % 40000))
    if (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; then
      continue # taken
    fi
    # Durability is pointless for a throwaway cluster; turning it off makes CREATE DATABASE per test host fast.
    if as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 start -o \
        "-c listen_addresses=127.0.0.1 -p $pg_port -c unix_socket_directories=$pg_dir -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        >/dev/null; then
      echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port (data in $pg_dir, attempt $attempt)"
      return 0
    fi
    tail -n 5 "$pg_dir/server.log" >&2 || true
  done
  echo "Could not start PostgreSQL on a free port" >&2
  return 1
}

# --- test runs ----------------------------------------------------------------------------------------------
# Each run writes one TRX file into $results; the summary counts outcomes from those files.
run_tests() {
  local name=$1 project=$2
  shift 2
  local args=(--project "$project" -c "$configuration" --no-build --no-progress
    --results-directory "$results" --report-xunit-trx --report-xunit-trx-filename "$name.trx" --timeout 20m)
  if [[ -n $filter ]]; then
    # A filter may select nothing in one of the suites; MTP reports that as exit code 8.
    args+=(--filter-method "$filter" --ignore-exit-code 8)
  fi
  if ! run_interruptibly env "$@" dotnet test "${args[@]}" "${extra_args[@]}"; then
    problems+=("test run '$name' exited with an error")
  fi
  if [[ ! -f $results/$name.trx ]]; then
    problems+=("test run '$name' produced no report (crashed?)")
  fi
}

# --- summary ------------------------------------------------------------------------------------------------
# Prints per-run counts to stderr and "passed failed skipped" over all TRX files to stdout.
count_results() {
  /usr/bin/python3 - "$results" <<'PY'
import glob, os, re, sys, xml.etree.ElementTree as ET
total = {"Passed": 0, "Failed": 0, "NotExecuted": 0}

def control(m):
    code = int(m.group(1)[1:], 16) if m.group(1)[0] in "xX" else int(m.group(1))
    return "" if code < 32 and code not in (9, 10, 13) else m.group(0)

def parse(path):
    # A failing fuzz test's message can carry NUL or other control characters, which are not XML.
    text = open(path, encoding="utf-8", errors="replace").read()
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", text)
    return ET.fromstring(re.sub(r"&#([xX][0-9a-fA-F]+|[0-9]+);", control, text))

for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.trx"))):
    run = {"Passed": 0, "Failed": 0, "NotExecuted": 0}
    try:
        root = parse(path)
    except ET.ParseError as error:
        # A truncated report (the writer died, e.g. on a character XML cannot hold) must fail the run, not the summary.
        print(f"  {os.path.basename(path)}: unreadable report ({error}); counted as one failure", file=sys.stderr)
        total["Failed"] += 1
        continue
    for element in root.iter():
        if element.tag.endswith("UnitTestResult"):
            outcome = element.get("outcome", "Failed")
            run[outcome if outcome in run else "Failed"] += 1
    for key in total:
        total[key] += run[key]
    name = os.path.basename(path)
    print(f"  {name:62} {run['Passed']} passed, {run['Failed']} failed, {run['NotExecuted']} skipped", file=sys.stderr)
print(total["Passed"], total["Failed"], total["NotExecuted"])
PY
}

finish() {
  stop_postgres
  echo
  echo "Step durations:"
  local i passed failed skipped
  for i in "${!step_names[@]}"; do
    printf '  %-62s %5ss\n' "${step_names[$i]}" "${step_seconds[$i]}"
  done
  echo "Test runs:"
  read -r passed failed skipped < <(count_results)
  if [[ ${#problems[@]} -gt 0 ]]; then
    echo "Problems:"
    printf '  - %s\n' "${problems[@]}"
    # A crashed run or a failed step fails the whole run even when no single test result says so.
    [[ $failed -gt 0 ]] || failed=${#problems[@]}
  fi
  echo "Total time: $((SECONDS / 60))m $((SECONDS % 60))s"
  echo "$passed passed, $failed failed, $skipped skipped"
  if [[ $failed -eq 0 ]]; then exit 0; else exit 1; fi
}

# --- 1. prerequisites ---------------------------------------------------------------------------------------
step "Prerequisites (Debian packages, dotnet tools)"
packages=(python3-aiosmtpd)
$sqlite_only || packages+=(postgresql)
$e2e && packages+=(chromium)
command -v npm >/dev/null || packages+=(npm)
missing=()
for package in "${packages[@]}"; do
  [[ $(dpkg-query -W -f='${Status}' "$package" 2>/dev/null) == "install ok installed" ]] || missing+=("$package")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "Installing from Debian packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
else
  echo "Debian packages present: ${packages[*]}"
fi
# aiosmtpd is Debian's: the python3 on PATH may be another interpreter (pyenv) without it.
/usr/bin/python3 -c 'import aiosmtpd' || problems+=("/usr/bin/python3 cannot import aiosmtpd")
dotnet tool restore >/dev/null
# IP → country database for Operations attribution (npm package, pinned; its tests skip loudly without it).
scripts/fetch-geoip.sh || problems+=("could not install the GeoIP database (scripts/fetch-geoip.sh)")
step_done

# --- 2. build -----------------------------------------------------------------------------------------------
step "Build ($configuration, warnings as errors)"
rm -rf "$results"
mkdir -p "$results"
# NU190x are NuGet audit warnings; the vulnerability step below judges them (and tolerates an unreachable feed).
build_ok=true
dotnet build Platform.slnx -c "$configuration" -nologo -clp:NoSummary -warnaserror \
  -warnnotaserror:NU1900,NU1901,NU1902,NU1903,NU1904 || build_ok=false
step_done
if ! $build_ok; then
  problems+=("the build failed")
  finish
fi

# --- 3. unit + integration on SQLite ----------------------------------------------------------------------
step "Tests on SQLite (tests/Platform.Tests)"
run_tests unit-sqlite tests/Platform.Tests
step_done

# --- 4. unit + integration on PostgreSQL ------------------------------------------------------------------
if ! $sqlite_only; then
  step "Tests on PostgreSQL (tests/Platform.Tests)"
  if start_postgres; then
    run_tests unit-postgres tests/Platform.Tests \
      INTERCOP_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"
  else
    problems+=("PostgreSQL could not be started")
  fi
  stop_postgres
  step_done
fi

# --- 5. browser suite -------------------------------------------------------------------------------------
if $e2e; then
  step "Browser tests on SQLite, headless Chromium (tests/Platform.E2E)"
  run_tests e2e-sqlite tests/Platform.E2E
  step_done
fi

# --- 6. vulnerable packages -------------------------------------------------------------------------------
step "Vulnerable NuGet packages (High/Critical fail)"
vulnerability_report=$(mktemp)
dotnet list Platform.slnx package --vulnerable --include-transitive --format json >"$vulnerability_report" 2>&1 || true
if ! verdict=$(/usr/bin/python3 - "$vulnerability_report" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
try:
    report = json.loads(text[text.index("{"):])
except ValueError:
    print("warning: could not read the vulnerability report; is the package feed reachable?\n" + text[-2000:])
    sys.exit(0)
findings = []
for project in report.get("projects", []):
    for framework in project.get("frameworks", []):
        for kind in ("topLevelPackages", "transitivePackages"):
            for package in framework.get(kind, []):
                for v in package.get("vulnerabilities", []):
                    findings.append((v.get("severity", "?"), package["id"], package.get("resolvedVersion", "?"), v.get("advisoryurl", "")))
problems = [p.get("text", "") for p in report.get("problems", []) if p.get("level") == "error"]
if problems and not findings:
    print("warning: vulnerability data unavailable (feed unreachable?); not checked:\n  " + "\n  ".join(sorted(set(problems))))
for severity, name, version, url in sorted(set(findings)):
    print(f"{severity:9} {name} {version} {url}")
serious = [f for f in findings if f[0] in ("High", "Critical")]
if not findings and not problems:
    print("No known vulnerable packages.")
sys.exit(1 if serious else 0)
PY
); then
  echo "$verdict"
  problems+=("High/Critical vulnerable packages")
else
  echo "$verdict"
fi
rm -f "$vulnerability_report"
step_done

finish
