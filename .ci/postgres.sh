# Sourced by .ci/run: start a throwaway PostgreSQL cluster on loopback and export its DSN.
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PGDATA=$(mktemp -d /tmp/qg-pg.XXXXXX)
chown postgres "$PGDATA" 2>/dev/null || true
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
as_pg "$PGBIN/initdb -D $PGDATA -A trust -U postgres >/dev/null"
as_pg "$PGBIN/pg_ctl -D $PGDATA -o '-k /tmp -h 127.0.0.1 -p 54329' -l $PGDATA/log -w start >/dev/null"
as_pg "$PGBIN/createdb -h 127.0.0.1 -p 54329 -U postgres quotegraph_test"
export QUOTEGRAPH_TEST_PG="postgresql://postgres@127.0.0.1:54329/quotegraph_test"
