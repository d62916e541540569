# Sourced by .ci/run: start a throwaway PostgreSQL cluster on loopback and export its DSN.
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PGDATA=$(mktemp -d /tmp/qg-pg.XXXXXX)
chown postgres "$PGDATA" 2>/dev/null || true
# A free port, so a cluster already running on this machine (a developer's) is never in the way.
PGPORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
as_pg "$PGBIN/initdb -D $PGDATA -A trust -U postgres >/dev/null"
as_pg "$PGBIN/pg_ctl -D $PGDATA -o '-k /tmp -h 127.0.0.1 -p $PGPORT' -l $PGDATA/log -w start >/dev/null"
as_pg "$PGBIN/createdb -h 127.0.0.1 -p $PGPORT -U postgres quotegraph_test"
export QUOTEGRAPH_TEST_PG="postgresql://postgres@127.0.0.1:$PGPORT/quotegraph_test"
# Stop the throwaway cluster and remove its files when the CI run ends, whatever its outcome (the
# exit status stays the run's): each run left about 100 MB in /tmp before.
trap 'as_pg "$PGBIN/pg_ctl -D $PGDATA -m fast stop" >/dev/null 2>&1 || true; rm -rf "$PGDATA"' EXIT
