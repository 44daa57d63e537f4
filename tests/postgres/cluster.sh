#!/usr/bin/env bash
# A private PostgreSQL cluster for the test suites' PostgreSQL runs (CTest fixture "postgres").
#
#   cluster.sh start DIR   initialise a cluster in DIR/data and start it, listening only on the
#                          Unix socket DIR/.s.PGSQL.5432 (no TCP port, so it never clashes with
#                          a system cluster); creates the database privateca_test, owned by the
#                          role privateca (trust authentication: the socket is the only way in)
#   cluster.sh stop DIR    stop it and remove DIR
#
# The server binaries come from Debian's postgresql-15 (scripts/common.sh installs it). initdb
# refuses to run as root, so as root the cluster runs as the system user postgres.
set -euo pipefail

action="${1:-}"
dir="${2:-}"
if [ -z "$action" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi

bindir=""
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
        bindir="$candidate"
        break
    fi
done
if [ -z "$bindir" ]; then
    echo "error: no PostgreSQL server binaries under /usr/lib/postgresql/*/bin;" \
        "install Debian's postgresql-15 (bash scripts/test.sh does)" >&2
    exit 1
fi

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
        echo "error: running as root, and there is no system user postgres to run the cluster" >&2
        exit 1
    fi
    as_owner=(runuser -u postgres --)
fi

stop_cluster() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
}

case "$action" in
start)
    stop_cluster # a cluster left behind by an interrupted run
    rm -rf "$dir"
    mkdir -p "$dir"
    chmod 0700 "$dir"
    if [ "${#as_owner[@]}" -gt 0 ]; then
        chown postgres: "$dir"
    fi
    if ! "${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U privateca -A trust -E UTF8 \
        --no-sync >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        exit 1
    fi
    # Durability is not under test here (the SQLite runs test it): fsync off keeps the runs fast.
    if ! "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c max_connections=300" \
        start >/dev/null; then
        cat "$dir/server.log" >&2
        exit 1
    fi
    "${as_owner[@]}" "$bindir/psql" -h "$dir" -U privateca -d postgres -q -v ON_ERROR_STOP=1 \
        -c "CREATE DATABASE privateca_test" >/dev/null
    echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') running in $dir"
    ;;
stop)
    stop_cluster
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
