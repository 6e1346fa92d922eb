#!/usr/bin/env bash
# README's test command. Installs what the tests need, builds the solution, runs every xunit suite (the OpenCC
# comparison runs the reference converter, installed on first use), then proves the NuGet package works when
# restored from a local feed into a fresh console project, and that the Native AOT CLI gives the JIT build's
# output. Ends with one summary line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
bash .ci/install-deps || { echo "test.sh: installing dependencies failed"; exit 1; }
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
dotnet test TextNorm.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
bash tests/package-consumption/run.sh 2>&1 | tee -a "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
bash tests/native-aot/run.sh 2>&1 | tee -a "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
# Sum the per-assembly summaries ("Passed!  - Failed: 0, Passed: 12, ...") and the script's own lines.
read -r passed failed < <(grep -aoE 'Failed: +[0-9]+, Passed: +[0-9]+|[0-9]+ passed, [0-9]+ failed' "$log" | awk '
  /Failed:/ { n = split($0, a, /[^0-9]+/); f += a[2]; p += a[3]; next }
  { p += $1; f += $3 }
  END { print p + 0, f + 0 }')
[ "$status" -eq 0 ] || [ "$failed" -gt 0 ] || failed=1
echo "test.sh: $passed passed, $failed failed"
exit "$status"
