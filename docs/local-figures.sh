#!/usr/bin/env bash
# Re-takes the namespaces data plane figures of docs/local-environment.md and prints them as markdown:
#   bash docs/local-figures.sh [trials=3] > figures.md
# (1) examples/local-router-chain.yaml through `vnfbench run`; (2) every cell on the namespaces data plane and on the
# loopback relays, alternating; (3) the built-in generator against iperf3 through one kernel router.
# Timing figures depend on what else runs: the load average is printed with each table. Needs iperf3 for (3).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
trials="${1:-3}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

harness() {
  ./mvnw -B -q -pl vnfbench-engine test-compile exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=io.vnfbench.engine.env.local.DataPlaneFiguresHarness -Dexec.args="$*"
}

echo "Taken $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), kernel $(uname -r)."
echo
echo "### examples/local-router-chain.yaml through vnfbench run"
echo
echo "load average at start: $(cat /proc/loadavg)"
echo
start=$(date +%s)
./vnfbench run examples/local-router-chain.yaml --out "$out/example" > "$out/example.txt" 2> "$out/example.err"
echo "$(( $(date +%s) - start )) s wall; load average after: $(cat /proc/loadavg)"
echo
harness summarize "$out/example/vnf-br.json"
echo
echo "### Namespaces vs loopback per cell, and the generators"
echo
harness "$trials" 1
