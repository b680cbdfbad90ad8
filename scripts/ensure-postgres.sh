#!/usr/bin/env bash
# Starts a local PostgreSQL server for the database tests (installing Debian's package when it is
# missing), creates a `sandtable` role and fresh databases, and prints the test database's URL.
# Used by .ci/run; run it by hand to test against PostgreSQL: export TEST_DATABASE_URL=$(bash scripts/ensure-postgres.sh)
set -euo pipefail

log() { echo "$@" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  log "PostgreSQL not found; installing Debian's postgresql package…"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq >&2
  as_root apt-get install -y -qq --no-install-recommends postgresql >&2
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
  as_root pg_createcluster "$version" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
  as_root pg_ctlcluster "$version" main start >&2
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 0.5
done

psql_admin() { as_root su postgres -c "psql -v ON_ERROR_STOP=1 -qAt -c \"$1\"" >&2; }
if ! as_root su postgres -c "psql -qAt -c \"select 1 from pg_roles where rolname='sandtable'\"" | grep -q 1; then
  psql_admin "create role sandtable login password 'sandtable' createdb"
fi
for db in "$@" sandtable_test; do
  psql_admin "drop database if exists $db with (force)"
  psql_admin "create database $db owner sandtable"
done
echo "postgres://sandtable:sandtable@127.0.0.1:5432/sandtable_test"
