#!/usr/bin/env bash
# Load test of the submission API: 32 clients for 20 seconds against 127.0.0.1, on SQLite and
# then on PostgreSQL (if reachable), each on a fresh database. Every 201 must be a stored row.
#   scripts/load-api.sh            # both backends
#   DURATION=10s CONNECTIONS=32 scripts/load-api.sh sqlite
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 1; }
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
PG_ADMIN=${PG_ADMIN:-postgres://postgres@127.0.0.1/postgres}
cargo build --release --quiet
bin=$PWD/target/release/ourvoice
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT

count_rows() { # database URL → number of responses
    case $1 in
        postgres*) psql "$1" -qAtc "SELECT count(*) FROM responses" ;;
        *) python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM responses').fetchone()[0])" "$1" ;;
    esac
}

run() { # label, database URL
    local label=$1 url=$2
    DATABASE_URL=$url OURVOICE_BIND=127.0.0.1:0 RUST_LOG=warn "$bin" serve > "$tmp/out" 2> "$tmp/err" &
    local pid=$!
    for _ in $(seq 1 100); do grep -q "serving at" "$tmp/out" && break; sleep 0.1; done
    local address
    address=$(sed -n 's/^ourvoice is serving at \(.*\)\/$/\1/p' "$tmp/out")
    [ -n "$address" ] || { cat "$tmp/err"; exit 1; }
    echo "== $label: $CONNECTIONS clients, $DURATION, $address"
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s scripts/wrk-submit.lua \
        "$address/api/v1/surveys/big-promise/responses" | tee "$tmp/wrk"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    local created stored
    created=$(sed -n 's/^created //p' "$tmp/wrk")
    stored=$(count_rows "$url")
    echo "acknowledged $created, stored $stored"
    # In-flight requests at the deadline are stored but not counted by wrk: stored >= acknowledged.
    [ "$stored" -ge "$created" ] || { echo "LOST: $((created - stored)) acknowledged responses missing" >&2; exit 1; }
}

want=${1:-all}
if [ "$want" = all ] || [ "$want" = sqlite ]; then
    run SQLite "$tmp/load.db"
fi
if [ "$want" = all ] || [ "$want" = postgres ]; then
    if psql "$PG_ADMIN" -qAtc "SELECT 1" >/dev/null 2>&1; then
        name=ourvoice_load_$$
        psql "$PG_ADMIN" -qc "CREATE DATABASE $name"
        run PostgreSQL "${PG_ADMIN%/*}/$name"
        psql "$PG_ADMIN" -qc "DROP DATABASE $name WITH (FORCE)"
    else
        echo "PostgreSQL not reachable at $PG_ADMIN: skipped" >&2
    fi
fi
