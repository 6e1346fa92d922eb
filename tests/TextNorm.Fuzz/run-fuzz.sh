#!/usr/bin/env bash
# Fuzz TextNorm with AFL++ and SharpFuzz (issue 8). See README.md beside this script.
#
#   tests/TextNorm.Fuzz/run-fuzz.sh [TARGET] [SECONDS] [WORKDIR]
#     TARGET   normalize (default): Normalize(bytes) and Normalize(string) of the same bytes
#              jsonl: JSON records line by line, "text" normalized and written back (the CLI's JSONL path)
#     SECONDS  how long afl-fuzz runs (default 1800); it stops by itself (-V), a `timeout` guards it as well
#     WORKDIR  where the instrumented build, corpus and findings go (default /tmp/textnorm-fuzz/TARGET)
#
# FUZZ_STEP=prepare stops after building and instrumenting; FUZZ_STEP=fuzz reuses a prepared WORKDIR (so several
# targets can be built from one state of the sources and fuzzed one after the other).
#
# Installs what it needs: AFL++ from Debian (apt-get install afl++) and the SharpFuzz.CommandLine dotnet tool.
# Afterwards it prints the figures (executions, exec/s, crashes, hangs) and replays every crash and hang with a
# stack trace. Keep a finding as a regression test by copying it into tests/TextNorm.Tests/Reliability/FuzzRegressions/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
target="${1:-normalize}"
seconds="${2:-1800}"
work="${3:-/tmp/textnorm-fuzz/$target}"
case "$target" in normalize|jsonl) ;; *) echo "unknown target '$target' (normalize or jsonl)" >&2; exit 2 ;; esac

# 1. Tools: afl-fuzz from Debian's afl++ package, sharpfuzz as a dotnet global tool (version served by NuGet).
if ! command -v afl-fuzz >/dev/null; then
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq afl++
fi
export PATH="$PATH:$HOME/.dotnet/tools"
command -v sharpfuzz >/dev/null || dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0

step="${FUZZ_STEP:-all}"
if [ "$step" != fuzz ]; then
# 2. Publish the harness and instrument only the library under test (not the harness, SharpFuzz or the BCL).
# An instrumented TextNorm.dll only runs under afl-fuzz, so an uninstrumented copy (plain/) replays the findings.
rm -rf "$work/bin" "$work/plain" "$work/findings" "$work/corpus"
mkdir -p "$work"
dotnet publish "$here/TextNorm.Fuzz.csproj" -c Release -o "$work/bin" -v quiet -nologo
cp -r "$work/bin" "$work/plain"
sharpfuzz "$work/bin/TextNorm.dll"
sharpfuzz "$work/bin/TextNorm.Cli.dll"

# 3. Start corpus: the seeds cut into small chunks (also in GBK, Big5, UTF-16), the rule cases, the kept regressions.
shared="${TEXTNORM_SHARED:-$repo/../shared}"
[ -d "$shared/gold" ] || shared=/work/shared
seeds="$repo/seeds"; [ -d "$seeds" ] || seeds="$shared/seeds"
dotnet "$work/plain/TextNorm.Fuzz.dll" corpus "$target" "$work/corpus" "$seeds" "$shared/cases/rules.jsonl" \
  "$repo/tests/TextNorm.Tests/Reliability/FuzzRegressions"
fi
[ "$step" = prepare ] && exit 0
rm -rf "$work/findings"

# 4. Fuzz. dotnet itself is not instrumented, hence AFL_SKIP_BIN_CHECK; -t 5000: an input taking over 5 s is a hang.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
dicts=(-x "$here/textnorm.dict")
[ "$target" = jsonl ] && [ -f /usr/share/afl/dictionaries/json.dict ] && dicts+=(-x /usr/share/afl/dictionaries/json.dict)
echo "afl-fuzz $target for $seconds s; findings in $work/findings"
set +e
timeout --signal=INT --kill-after=60 $((seconds + 120)) \
  afl-fuzz -i "$work/corpus" -o "$work/findings" -t 5000 -m none -V "$seconds" "${dicts[@]}" \
  -- dotnet "$work/bin/TextNorm.Fuzz.dll" "$target" > "$work/afl.log" 2>&1
status=$?
set -e
echo "afl-fuzz exited with $status (log: $work/afl.log)"

# 5. Figures and findings.
stats="$work/findings/default/fuzzer_stats"
if [ -f "$stats" ]; then
  grep -E '^(start_time|last_update|run_time|execs_done|execs_per_sec|corpus_count|bitmap_cvg|saved_crashes|saved_hangs|unique_crashes|unique_hangs)\b' "$stats"
fi
for kind in crashes hangs; do
  dir="$work/findings/default/$kind"
  if [ -d "$dir" ] && [ -n "$(ls -A "$dir" | grep -v README.txt || true)" ]; then
    echo "== $kind: replaying each one"
    dotnet "$work/plain/TextNorm.Fuzz.dll" "$target" "$dir" || true
  fi
done
