# Throwaway PostgreSQL cluster for scripts that measure against a real server (same approach as scripts/test.sh):
# runs initdb/pg_ctl as user postgres when root, trust auth on 127.0.0.1 only, free port, removed by stop_postgres.
# Source it; then start_postgres sets pg_port, pg_dir, pg_bin. Set pg_options before starting to add server options
# (the benchmarks use "-c fsync=off": both sides of a comparison run on the same throwaway cluster).
pg_options=${pg_options:-}
pg_dir=""
pg_bin=""
pg_user=""
pg_port=""
as_pg() { if [[ -n $pg_user ]]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi; }
stop_postgres() {
  if [[ -n $pg_dir && -d $pg_dir ]]; then
    [[ ! -f $pg_dir/data/postmaster.pid ]] || as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
  pg_dir=""
}
start_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -x $pg_bin/initdb ]] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; return 1; }
  pg_dir=$(mktemp -d /tmp/intercop-load-pg.XXXXXX)
  if [[ $(id -u) -eq 0 ]]; then pg_user=postgres; chown "$pg_user:" "$pg_dir"; fi
  as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" \
    || { cat "$pg_dir/initdb.log" >&2; return 1; }
  printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' | as_pg tee "$pg_dir/data/pg_hba.conf" >/dev/null
  local attempt
  for attempt in 1 2 3 4 5 6 7 8; do
    pg_port=$((20000 + RANDOM % 40000))
    if (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; then continue; fi
    # Unlike the test cluster, durability stays on unless pg_options says otherwise: load figures should reflect a
    # real server's writes.
    if as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 start -o \
        "-c listen_addresses=127.0.0.1 -p $pg_port -c unix_socket_directories=$pg_dir -c max_connections=200 $pg_options" >/dev/null; then
      echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"
      return 0
    fi
    tail -n 5 "$pg_dir/server.log" >&2 || true
  done
  echo "Could not start PostgreSQL on a free port" >&2
  return 1
}
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}
