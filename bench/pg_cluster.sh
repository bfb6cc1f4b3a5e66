# Sourced by the bench scripts that need a throwaway PostgreSQL cluster (SPEC 8):
#   . bench/pg_cluster.sh; pg_cluster_start PREFIX [-c NAME=VALUE …]
# finds PostgreSQL's server programs (Debian's postgresql package; exit 2 naming it when
# missing), makes a temp dir $W from PREFIX, starts a cluster there on a Unix socket (fsync
# off, plus any extra -c settings), and removes it on exit. Run as root, the cluster runs as
# the postgres user (initdb refuses root). Sets PGBIN, W, `as` (the command prefix that runs
# a server program as the cluster's user) and PGHOST_URL (W as a URL host, %2F-encoded).
pg_cluster_start() {
  local prefix=$1
  shift
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$PGBIN" ] || PGBIN=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
  [ -x "$PGBIN/initdb" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 2; }
  W=$(mktemp -d "/tmp/$prefix.XXXXXX")
  as=()
  if [ "$(id -u)" = 0 ]; then chown postgres "$W"; as=(runuser -u postgres --); fi
  "${as[@]}" "$PGBIN/initdb" -D "$W/data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
  "${as[@]}" "$PGBIN/pg_ctl" -D "$W/data" -l "$W/log" -w \
    -o "-c listen_addresses= -c unix_socket_directories=$W -c fsync=off $*" start >/dev/null
  trap '"${as[@]}" "$PGBIN/pg_ctl" -D "$W/data" -m fast -w stop >/dev/null 2>&1; rm -rf "$W"' EXIT
  PGHOST_URL=$(printf %s "$W" | sed 's|/|%2F|g')
}
