#!/usr/bin/env bash
# Pages benchmark: every bundled page (index, home, map, ledger, coverage, log) opened in headless Chromium, time
# from navigation to usable, median of 5 loads, on the demo campaign (target ≤ 1,000 ms) and on a campaign of 2,000
# stakeholders and 10,000 relationships (target ≤ 2,000 ms); each beside its floor, the same page on a campaign of one
# stakeholder in the same run. Prints RESULT<TAB>name<TAB>value<TAB>unit lines for bench/run.
# Needs chromium and chromium-driver (apt-get install -y chromium chromium-driver). Compiles what it runs.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
offline=(-o)
[ "${ONLINE:-}" = 1 ] && offline=()
./mvnw -B -q "${offline[@]}" -pl tracker-api -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >&2
log=tracker-api/target/pages-bench.log
java -cp "tracker-api/target/test-classes:tracker-api/target/classes:$(cat tracker-api/target/bench-classpath.txt)" \
  org.campaigntracker.api.web.PagesBench 2>"$log" || { tail -20 "$log" >&2; echo "pages bench failed; log: $log" >&2; exit 1; }
