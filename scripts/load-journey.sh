#!/usr/bin/env bash
# Children's journeys on a fresh SQLite database: CLIENTS clients (32) for SECONDS (20), each
# doing the nine questions of examples/nine-questions.toml (Feeling Well as it was when the
# target was set) end to end. Prints journeys/s and the server's CPU time
# per completed journey.
#   scripts/load-journey.sh [SECONDS] [CLIENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
clients=${2:-32}
cargo build --release --quiet --bin ourvoice --example load_journey
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT
mkdir "$tmp/surveys" && cp examples/nine-questions.toml "$tmp/surveys/"
DATABASE_URL=$tmp/journey.db OURVOICE_SURVEYS=$tmp/surveys OURVOICE_BIND=127.0.0.1:0 RUST_LOG=warn target/release/ourvoice serve > "$tmp/out" 2> "$tmp/err" &
pid=$!
for _ in $(seq 1 100); do grep -q "serving at" "$tmp/out" && break; sleep 0.1; done
address=$(sed -n 's/^ourvoice is serving at \(.*\)\/$/\1/p' "$tmp/out")
[ -n "$address" ] || { cat "$tmp/err"; exit 1; }
echo "== $clients clients, ${seconds}s, $address"
target/release/examples/load_journey "$address" "$pid" "$seconds" "$clients"
