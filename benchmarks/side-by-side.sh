#!/usr/bin/env bash
# Side-by-side throughput and memory of the textnorm CLI, OpenCC's C++ CLI and opencc-js, on the same bytes in one run.
#
#   benchmarks/side-by-side.sh [--big] [--size-mb N] [--runs N] [--scratch DIR] [--out-dir DIR] [--skip-opencc-js] [--keep]
#
#   --big             also build the 1 GB JSONL file and 1 GB directory and check peak RSS on them (needs ~3 GB of disk)
#   --size-mb N       size of the Traditional and clean Simplified corpora (default 100)
#   --runs N          timed runs of each command; the table shows the median wall time and the largest RSS (default 1)
#   --scratch DIR     where the corpora go (default ${TMPDIR:-/tmp}/textnorm-side-by-side; never in git)
#   --out-dir DIR     where directory runs write their output files (default: a fresh directory in /dev/shm when it
#                     is a writable tmpfs, else SCRATCH/out; see "Outputs" below)
#   --skip-opencc-js  leave out opencc-js (it holds the whole input in memory)
#   --keep            keep the corpora for the next run (they are reused when the size matches; default: kept)
#   --clean           delete the scratch directory at the end
#
# Corpora (benchmarks/gen-corpus.py): trad = the seed articles repeated (Traditional script, every fix firing), as a
# directory of article files, as JSON Lines and as one concatenated file (what the single-file OpenCC tools read);
# simp = the gold texts repeated (clean Simplified, nothing to change); big = 1 GB of the seeds as JSONL and directory.
# Measures: wall time and peak RSS with GNU time (/usr/bin/time -f), MB = 2^20 bytes of input.
# Outputs: the single-file tools and JSONL runs write to /dev/null; directory runs must create one file per article,
# and by default create them on tmpfs, so that the figure is textnorm's and not the file system's state: on this
# development VM (ext4 without a journal) creating files after many were deleted, even minutes earlier, cost up to
# 5 s of system time per 16,000 files (the kernel's recently_deleted() and inode-table lookups: 41% of the profile).
# Needs: dotnet, python3, GNU time (apt-get install time), opencc (apt-get install opencc), node/npm for opencc-js;
# the OpenCC reference wrapper (OPENCC_REF, default <repo>/../shared/tools/opencc-reference/opencc-ref) installs the
# dictionaries of npm opencc@1.4.2 for the C++ tool and opencc-js@1.4.2 on first use.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
big=0 size_mb=100 runs=1 scratch="${TMPDIR:-/tmp}/textnorm-side-by-side" out_dir= skip_js=0 clean=0
while [ $# -gt 0 ]; do
  case "$1" in
    --big) big=1 ;;
    --size-mb) size_mb="${2:?--size-mb needs a number}"; shift ;;
    --runs) runs="${2:?--runs needs a number}"; shift ;;
    --scratch) scratch="${2:?--scratch needs a directory}"; shift ;;
    --out-dir) out_dir="${2:?--out-dir needs a directory}"; shift ;;
    --skip-opencc-js) skip_js=1 ;;
    --keep) clean=0 ;;
    --clean) clean=1 ;;
    -h|--help) sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "side-by-side: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
[[ "$size_mb" =~ ^[0-9]+$ && "$size_mb" -gt 0 ]] || { echo "side-by-side: --size-mb must be a positive integer" >&2; exit 2; }
[[ "$runs" =~ ^[0-9]+$ && "$runs" -gt 0 ]] || { echo "side-by-side: --runs must be a positive integer" >&2; exit 2; }

say() { printf '== %s\n' "$*" >&2; }
die() { printf 'side-by-side: %s\n' "$*" >&2; exit 1; }

# --- tools -------------------------------------------------------------------------------------------------------
[ -x /usr/bin/time ] || die "GNU time is missing (/usr/bin/time): apt-get install time"
command -v python3 >/dev/null || die "python3 is missing"
command -v dotnet >/dev/null || die "dotnet is missing"
opencc_ref="${OPENCC_REF:-}"
if [ -z "$opencc_ref" ]; then
  for c in "$repo/../shared/tools/opencc-reference/opencc-ref" /work/shared/tools/opencc-reference/opencc-ref; do
    [ -x "$c" ] && { opencc_ref="$c"; break; }
  done
fi
[ -n "$opencc_ref" ] && [ -x "$opencc_ref" ] || die "OpenCC reference wrapper not found: set OPENCC_REF=/path/to/opencc-ref"
opencc_cache="${OPENCC_REF_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/textnorm-opencc-ref}"

# The CLI as a corpus user installs it (README, "Corpus runs"): published for this machine as one native executable
# (Native AOT: no JIT at run time, which on 100 MB took 15% of a one-thread run's CPU on a second core). Falls back to
# a ReadyToRun publish, then to the plain build, when the AOT compiler or a C linker is missing.
case "$(uname -m)" in x86_64) rid=linux-x64 ;; aarch64|arm64) rid=linux-arm64 ;; *) rid= ;; esac
bin_dir="$scratch/textnorm-cli"
mkdir -p "$scratch"
rm -rf "$bin_dir"
if [ -n "$rid" ] && say "publishing the CLI (Release, $rid, Native AOT)" \
   && dotnet publish "$repo/src/TextNorm.Cli" -c Release -r "$rid" -p:PublishAot=true -o "$bin_dir" -nologo -v quiet >&2; then
  cli_build="published $rid Native AOT"
elif [ -n "$rid" ] && say "publishing the CLI (Release, $rid, ReadyToRun)" \
   && dotnet publish "$repo/src/TextNorm.Cli" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
        -o "$bin_dir" -nologo -v quiet >&2; then
  cli_build="published $rid ReadyToRun"
else
  say "building the CLI (Release)"
  dotnet build "$repo/src/TextNorm.Cli" -c Release -nologo -v quiet >&2 || die "the CLI did not build"
  bin_dir="$repo/src/TextNorm.Cli/bin/Release/net10.0"
  cli_build="dotnet build, Release"
fi
textnorm="$bin_dir/textnorm"
[ -x "$textnorm" ] || textnorm="$bin_dir/TextNorm.Cli"
[ -x "$textnorm" ] || die "no CLI executable in $bin_dir"

say "preparing OpenCC C++ (opencc -c t2s.json on the opencc@1.4.2 dictionaries) and opencc-js"
echo "測試" | "$opencc_ref" --cpp t2s >/dev/null || die "opencc-ref --cpp t2s failed (is the Debian package opencc installable?)"
[ -f "$opencc_cache/dict/t2s.json" ] || die "OpenCC dictionaries not found in $opencc_cache/dict"
command -v opencc >/dev/null || die "opencc is missing: apt-get install opencc"
if [ "$skip_js" = 0 ]; then
  echo "測試" | "$opencc_ref" t2s >/dev/null || die "opencc-ref t2s (opencc-js) failed; use --skip-opencc-js to leave it out"
fi

# --- corpora -----------------------------------------------------------------------------------------------------
seeds="$repo/seeds"
gold="${TEXTNORM_GOLD_DIR:-}"
if [ -z "$gold" ]; then
  for c in "$repo/../shared/gold" /work/shared/gold; do [ -d "$c" ] && { gold="$c"; break; }; done
fi
mkdir -p "$scratch"
corpus="$scratch/corpus"
mkdir -p "$corpus"
if [ -z "$gold" ] || [ ! -d "$gold" ]; then
  say "no gold directory (TEXTNORM_GOLD_DIR): clean Simplified = the seeds normalized once"
  gold="$scratch/clean-seeds"
  rm -rf "$gold"
  "$textnorm" normalize "$seeds" -o "$gold" --no-progress --quiet
fi

make_corpus() { # name source size_mb forms...
  local name="$1" src="$2" mb="$3"; shift 3
  local stamp="$corpus/$name.stamp" want="$mb $* $(cat "$src"/*.txt | cksum)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then say "corpus $name: reusing $corpus/$name.*"; return; fi
  say "corpus $name: writing $mb MB ($*)"
  rm -rf "$corpus/$name".d "$corpus/$name".jsonl "$corpus/$name".txt "$stamp"
  python3 "$repo/benchmarks/gen-corpus.py" "$src" "$corpus/$name" "$mb" "$@" >&2
  echo "$want" > "$stamp"
}
make_corpus trad "$seeds" "$size_mb" --dir --jsonl --concat
make_corpus simp "$gold" "$size_mb" --dir --jsonl --concat
[ "$big" = 1 ] && make_corpus big "$seeds" 1024 --dir --jsonl

bytes_of() { if [ -d "$1" ]; then find "$1" -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}'; else stat -c %s "$1"; fi; }

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
# --- measuring ---------------------------------------------------------------------------------------------------
if [ -z "$out_dir" ]; then
  if [ -d /dev/shm ] && [ -w /dev/shm ] && [ "$(stat -f -c %T /dev/shm 2>/dev/null)" = tmpfs ]; then
    out_dir="$(mktemp -d /dev/shm/textnorm-side-by-side.XXXXXX)"
  else
    out_dir="$scratch/out"
  fi
fi
out="$out_dir/current"
out_fs="$(stat -f -c %T "$(dirname "$out")" 2>/dev/null || echo unknown)"
results="$scratch/results.tsv"
: > "$results"
# Outputs of a run are moved aside, not deleted, until the end of the script: on ext4 without a journal (this
# machine's /), creating files within a minute or so of deleting thousands makes the kernel scan past every recently
# freed inode (ext4 recently_deleted()); deleting the previous run's 19,000 outputs just before a directory run
# measured 2.5 s of extra system time per 4,000 new files, which is the file system, not textnorm.
retired="$out_dir/retired-outputs"
rm -rf "$retired"
trap 'rm -rf "$retired" "$out"; case "$out_dir" in /dev/shm/textnorm-side-by-side.*) rmdir "$out_dir" 2>/dev/null ;; esac' EXIT
fresh_out() {
  if [ -e "$out" ]; then mkdir -p "$retired"; mv "$out" "$retired/$(date +%s%N)"; fi
  mkdir -p "$out"
}
# Reads an input once so that every command finds it in the page cache (the first reader would otherwise pay for
# the disk: convert, the first to read the .txt corpus, took 6.2 s of wall time for 0.9 s of CPU in an earlier table).
warm() { if [ -d "$1" ]; then find "$1" -type f -print0 | xargs -0 cat > /dev/null; else cat "$1" > /dev/null; fi; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
# measure ID CORPUS INPUT_PATH LABEL -- COMMAND...   (the command's stdout goes to /dev/null; outputs to $out)
measure() {
  local id="$1" corpus_name="$2" input="$3" label="$4"; shift 5
  local bytes walls=() cpus=() rss=0 t status
  bytes="$(bytes_of "$input")"
  warm "$input"
  for ((r = 1; r <= runs; r++)); do
    fresh_out
    t="$scratch/time.txt"
    say "$label [$corpus_name] run $r/$runs"
    set +e
    /usr/bin/time -f '%e %M %U %S' -o "$t" "$@" > /dev/null 2> "$scratch/$id.stderr"
    status=$?
    set -e
    if [ "$status" != 0 ]; then
      echo "side-by-side: '$label' exited with $status; its stderr:" >&2; tail -5 "$scratch/$id.stderr" >&2
      printf '%s\t%s\t%s\t%s\tFAILED\t0\t0\t0\n' "$id" "$corpus_name" "$label" "$bytes" >> "$results"
      return 0
    fi
    read -r wall kb user sys < <(tail -1 "$t")
    walls+=("$wall")
    [ "$kb" -gt "$rss" ] && rss="$kb"
    cpus+=("$(awk -v a="$user" -v b="$sys" 'BEGIN {printf "%.2f", a + b}')")
  done
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$id" "$corpus_name" "$label" "$bytes" "$(median "${walls[@]}")" "$rss" "$(median "${cpus[@]}")" >> "$results"
}

for c in trad simp; do
  for t in 1 2; do
    measure "$c-dir-$t" "$c" "$corpus/$c.d" "textnorm normalize DIR -t $t" -- \
      "$textnorm" normalize "$corpus/$c.d" -o "$out/o" --threads "$t" --no-progress
    measure "$c-jsonl-$t" "$c" "$corpus/$c.jsonl" "textnorm normalize --jsonl -t $t" -- \
      "$textnorm" normalize --jsonl "$corpus/$c.jsonl" --threads "$t" --no-progress
  done
  measure "$c-convert-1" "$c" "$corpus/$c.txt" "textnorm convert -c t2s -t 1" -- \
    "$textnorm" convert --config t2s "$corpus/$c.txt" --threads 1 --quiet
  measure "$c-opencc-cpp" "$c" "$corpus/$c.txt" "opencc -c t2s.json (C++ 1.1.6)" -- \
    sh -c 'cd "$1" && exec opencc -c t2s.json -i "$2"' sh "$opencc_cache/dict" "$corpus/$c.txt"
  if [ "$skip_js" = 0 ]; then
    measure "$c-opencc-js" "$c" "$corpus/$c.txt" "opencc-js 1.4.2 t2s" -- \
      sh -c 'exec "$1" t2s < "$2"' sh "$opencc_ref" "$corpus/$c.txt"
  fi
done
if [ "$big" = 1 ]; then
  measure big-jsonl big "$corpus/big.jsonl" "textnorm normalize --jsonl (all cores)" -- \
    "$textnorm" normalize --jsonl "$corpus/big.jsonl" --no-progress
  measure big-dir big "$corpus/big.d" "textnorm normalize DIR (all cores)" -- \
    "$textnorm" normalize "$corpus/big.d" -o "$out/o" --no-progress
fi

# --- table -------------------------------------------------------------------------------------------------------
echo
echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/^Mem:/ {print $2 " GB RAM"}'), $(. /etc/os-release && echo "$PRETTY_NAME"), .NET $(dotnet --version)"
echo "textnorm: $cli_build; directory runs write to $out_fs ($out_dir). Runs per command: $runs (median wall and CPU time, largest peak RSS). MB = 2^20 bytes of input; MB/CPU-s = MB per"
echo "second of user+sys CPU time (the fairer figure when the machine is shared); load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)."
echo
awk -F'\t' '
  BEGIN { printf "| %-5s | %-38s | %7s | %8s | %8s | %7s | %9s | %9s |\n", "input", "command", "MB", "wall s", "MB/s", "CPU s", "MB/CPU-s", "peak RSS"
          printf "|-------|----------------------------------------|---------|----------|----------|---------|-----------|-----------|\n" }
  { mb = $4 / 1048576
    if ($5 == "FAILED") { printf "| %-5s | %-38s | %7.1f | %8s | %8s | %7s | %9s | %9s |\n", $2, $3, mb, "FAILED", "-", "-", "-", "-"; next }
    speed[$1] = ($5 > 0) ? mb / $5 : 0; cpu[$1] = ($7 > 0) ? mb / $7 : 0; rss[$1] = $6 / 1024
    printf "| %-5s | %-38s | %7.1f | %8.2f | %8.1f | %7.2f | %9.1f | %6.0f MB |\n", $2, $3, mb, $5, speed[$1], $7, cpu[$1], $6 / 1024 }
  function ratio(name, a, b, target, cmp, withcpu,    r, c, ok) {
    if (!(a in speed) || !(b in speed) || speed[b] == 0) { printf "| %-52s | %8s | %8s | %-8s | %-4s |\n", name, "n/a", "n/a", target, "-"; return }
    r = speed[a] / speed[b]; c = (withcpu && cpu[b] > 0) ? sprintf("%7.2fx", cpu[a] / cpu[b]) : "-"
    ok = (cmp == 0) ? "-" : (r >= cmp) ? "yes" : "NO"
    printf "| %-52s | %7.2fx | %8s | %-8s | %-4s |\n", name, r, c, target, ok }
  function cpuratio(name, a, b, target, cmp,    c) {
    if (!(a in cpu) || !(b in cpu) || cpu[b] == 0) { printf "| %-52s | %8s | %8s | %-8s | %-4s |\n", name, "n/a", "n/a", target, "-"; return }
    c = cpu[a] / cpu[b]
    printf "| %-52s | %8s | %7.2fx | %-8s | %-4s |\n", name, "-", c, target, (cmp == 0) ? "-" : (c >= cmp) ? "yes" : "NO" }
  function limit(name, a, target, cap,    ok) {
    if (!(a in rss)) return
    ok = (rss[a] <= cap) ? "yes" : "NO"
    printf "| %-52s | %5.0f MB | %8s | %-8s | %-4s |\n", name, rss[a], "-", target, ok }
  END {
    print ""
    printf "| %-52s | %8s | %8s | %-8s | %-4s |\n", "ratio (met: judged on wall time)", "wall", "CPU time", "target", "met"
    printf "|------------------------------------------------------|----------|----------|----------|------|\n"
    ratio("trad: normalize DIR 1 thread / OpenCC C++ t2s", "trad-dir-1", "trad-opencc-cpp", ">= 5x", 5, 1)
    ratio("trad: normalize JSONL 1 thread / OpenCC C++ t2s", "trad-jsonl-1", "trad-opencc-cpp", ">= 5x", 5, 1)
    ratio("trad: normalize DIR 2 threads / 1 thread", "trad-dir-2", "trad-dir-1", ">= 1.7x", 1.7, 0)
    cpuratio("trad: normalize DIR / JSONL, MB per CPU-s, 1 thread", "trad-dir-1", "trad-jsonl-1", ">= 0.8x", 0.8)
    cpuratio("simp: normalize DIR / JSONL, MB per CPU-s, 1 thread", "simp-dir-1", "simp-jsonl-1", "-", 0)
    ratio("trad: normalize JSONL 2 threads / 1 thread", "trad-jsonl-2", "trad-jsonl-1", ">= 1.7x", 1.7, 0)
    ratio("trad: convert t2s 1 thread / OpenCC C++ t2s", "trad-convert-1", "trad-opencc-cpp", ">= 20x", 20, 1)
    ratio("trad: convert t2s 1 thread / opencc-js t2s", "trad-convert-1", "trad-opencc-js", ">= 5x", 5, 1)
    ratio("simp: normalize DIR 1 thread / OpenCC C++ t2s", "simp-dir-1", "simp-opencc-cpp", "-", 0, 1)
    limit("big: peak RSS, normalize 1 GB JSONL", "big-jsonl", "<= 300", 300)
    limit("big: peak RSS, normalize 1 GB directory", "big-dir", "<= 300", 300)
  }' "$results"
echo
echo "Raw results: $results"
[ "$clean" = 1 ] && rm -rf "$scratch"
exit 0
