#!/usr/bin/env bash
# Publishes the CLI as a Native AOT executable (README, "Corpus runs") and checks that it behaves exactly as the JIT
# build does: the same bytes out, the same metadata, report and exit codes, on the seeds as files, a directory, JSON
# Lines, a GBK file, an OpenCC preset and the error paths. Trimming and AOT compilation can drop what reflection or
# embedded resources need, and then only a run shows it. Ends with "native-aot: N passed, N failed".
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
case "$(uname -m)" in x86_64) rid=linux-x64 ;; aarch64|arm64) rid=linux-arm64 ;; *) rid= ;; esac
if [ -z "$rid" ]; then echo "native-aot: no Native AOT target for $(uname -m); 0 passed, 0 failed"; exit 0; fi

if ! dotnet publish "$root/src/TextNorm.Cli" -c Release -r "$rid" -p:PublishAot=true -o "$work/aot" -nologo -v quiet \
     > "$work/publish.log" 2>&1; then
  tail -20 "$work/publish.log"
  echo "native-aot: the Native AOT publish failed"
  echo "native-aot: 0 passed, 1 failed"
  exit 1
fi
aot="$work/aot/textnorm"
jit_dll="$root/src/TextNorm.Cli/bin/Release/net10.0/TextNorm.Cli.dll"
[ -f "$jit_dll" ] || dotnet build "$root/src/TextNorm.Cli" -c Release -nologo -v quiet > /dev/null
jit() { dotnet "$jit_dll" "$@"; }

passed=0 failed=0
check() { # check NAME COMMAND... : the command succeeds (it compares the two builds' results)
  local name="$1"; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "native-aot: FAILED: $name"; fi
}
# Runs one textnorm invocation with both builds (stdin from $in, stdout and exit code kept) and compares them.
in=/dev/null
same_run() {
  local a b
  "$aot" "$@" < "$in" > "$work/aot.out" 2> "$work/aot.err"; a=$?
  jit "$@" < "$in" > "$work/jit.out" 2> "$work/jit.err"; b=$?
  [ "$a" = "$b" ] || { echo "exit code: aot $a, jit $b"; cat "$work/aot.err"; return 1; }
  cmp -s "$work/aot.out" "$work/jit.out" || { echo "stdout differs"; diff <(head -c 2000 "$work/aot.out") <(head -c 2000 "$work/jit.out") | head; return 1; }
}
# A report without its timing fields, for comparing two runs.
report_facts() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); [d.pop(k, None) for k in ("elapsedSeconds", "mbPerSecond")]; print(json.dumps(d, sort_keys=True))' "$1"; }

seeds="$root/seeds"
check "version" same_run --version
check "help" same_run --help
check "normalize a seed file to stdout" same_run normalize "$seeds/000_08e74f59ba7f2c17.txt"

dir_run() {
  "$aot" normalize "$seeds" -o "$work/d-aot" --metadata --report "$work/r-aot.json" --no-progress 2> /dev/null || return 1
  jit normalize "$seeds" -o "$work/d-jit" --metadata --report "$work/r-jit.json" --no-progress 2> /dev/null || return 1
  [ "$(find "$work/d-aot" -type f | wc -l)" -ge 10 ] || { echo "expected text and metadata files"; return 1; }
  diff -r "$work/d-aot" "$work/d-jit" > /dev/null || { echo "directory outputs differ"; diff -r "$work/d-aot" "$work/d-jit" | head; return 1; }
  [ "$(report_facts "$work/r-aot.json")" = "$(report_facts "$work/r-jit.json")" ] || { echo "reports differ"; return 1; }
}
check "normalize the seeds directory with --metadata and --report" dir_run

python3 - "$seeds" "$work/seeds.jsonl" <<'PY'
import json, pathlib, sys
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")):
        text = p.read_bytes().decode("utf-8", errors="replace")
        for i in range(20):
            out.write(json.dumps({"id": f"{p.stem}-{i}", "text": text}, ensure_ascii=False) + "\n")
    out.write("{not json\n")
PY
in="$work/seeds.jsonl"
check "JSON Lines on two threads, with a malformed record" same_run normalize --jsonl --threads 2 --no-progress
in=/dev/null

python3 - "$seeds/000_08e74f59ba7f2c17.txt" "$work/gbk.txt" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
open(sys.argv[2], "wb").write(text.encode("gb18030"))
PY
check "a GB18030 file" same_run normalize "$work/gbk.txt"

in="$(ls "$seeds"/*.txt | sed -n 2p)"
check "convert with tw2sp" same_run convert --config tw2sp
check "convert with s2hk" same_run convert -c s2hk
in=/dev/null

check "a missing input (exit code 1)" same_run normalize "$work/no-such-file.txt"
check "an unknown preset (exit code 2)" same_run convert --config nope
head -c 65536 /dev/urandom > "$work/binary.bin"
check "a binary file" same_run normalize "$work/binary.bin"

echo "native-aot: $passed passed, $failed failed"
[ "$failed" = 0 ]
