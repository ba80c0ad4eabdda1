#!/usr/bin/env bash
# Times `ourvoice scan` on 100,000 answers (the labelled examples in tests/data, in every
# language, repeated).
#   scripts/bench-scan.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
cargo build --release --quiet
input=$(mktemp)
trap 'rm -f "$input"' EXIT
find tests/data -name '*.tsv' -exec grep -hv '^#' {} + | awk -F'\t' '{ print $NF }' | awk -v n="$count" '{ line[NR] = $0 } END { for (i = 0; i < n; i++) print line[i % NR + 1] }' > "$input"
echo "scanning $(wc -l < "$input") answers ($(du -h "$input" | cut -f1))"
start=$(date +%s.%N)
target/release/ourvoice scan < "$input" > /dev/null
end=$(date +%s.%N)
echo "ourvoice scan: $(echo "$end - $start" | bc) s"
