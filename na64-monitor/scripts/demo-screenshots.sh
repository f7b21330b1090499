#!/usr/bin/env bash
# Reproduces docs/img/monitor-1.png and monitor-2.png: a simulated run replayed at 20 spills/min
# into a directory the monitor follows, with the beam-spot ECAL channel made dead from spill 5,
# and two headless-Chromium screenshots 6 s apart (spill ~4 without alarm, spill ~6 with it).
# Needs: Debian's chromium, node with playwright-core (npm install --prefix /tmp/pw playwright-core).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
na64="$here/../../na64"
out="${1:-$here/../../docs/img}"
work="$(mktemp -d)"
port="${PORT:-8064}"
[ -x /usr/bin/chromium ] || { echo "demo-screenshots: /usr/bin/chromium missing (apt-get install chromium)" >&2; exit 1; }
cd "$work"
"$na64" simulate --setup na64e-2022 --events 3000 --seed 3 --out run.parquet >/dev/null
"$na64" simulate --setup na64e-2022 --events 2000 --seed 4 --out ref.parquet >/dev/null
"$na64" digitize run.parquet --out run.raw --events-per-spill 200 --run 1043 >/dev/null
"$na64" digitize ref.parquet --out ref.raw --events-per-spill 200 --run 1001 >/dev/null
mkdir live
"$na64" monitor live --port "$port" --reference ref.raw --poll 200 --idle 5 > monitor.log 2>&1 &
monitor=$!
trap 'kill $monitor 2>/dev/null || true; rm -rf "$work"' EXIT
until grep -q "following" monitor.log; do sleep 0.5; done
"$na64" replay run.raw --out live/run1043.raw --pace 20 --dead ECAL:47@5 > replay.log &
sleep 9
NODE_PATH="${NODE_PATH:-/tmp/pw/node_modules}" node "$here/screenshots.mjs" "http://127.0.0.1:$port/" "$out" 6
wait %2 || true
