#!/usr/bin/env bash
# Side-by-side speed and output check: `textnorm convert --config t2s` against OpenCC's C++ command-line tool
# (Debian opencc 1.1.6, via opencc-ref --cpp) and opencc-js 1.4.2 (opencc-ref), on the same ~100 MB Traditional
# file in the same run. All outputs must be byte-identical. Prints seconds, MB/s, chars/s, peak RSS and ratios.
#
#   benchmarks/compare-opencc.sh                 # 100 MB
#   SIZE_MB=20 benchmarks/compare-opencc.sh      # smaller
# Environment: TEXTNORM (path of the textnorm executable; built from src/TextNorm.Cli when unset),
#              OPENCC_REF (path of opencc-ref; found in ../shared/tools/opencc-reference when unset),
#              WORK_DIR (where the input and outputs go; a temporary folder when unset, removed at the end).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
SIZE_MB="${SIZE_MB:-100}"
export LC_ALL=C.UTF-8

find_ref() {
  local dir="$root"
  while [ "$dir" != "/" ]; do
    if [ -x "$dir/shared/tools/opencc-reference/opencc-ref" ]; then echo "$dir/shared/tools/opencc-reference/opencc-ref"; return; fi
    dir="$(dirname "$dir")"
  done
  echo "compare-opencc.sh: shared/tools/opencc-reference/opencc-ref not found above $root (set OPENCC_REF)" >&2
  exit 1
}
REF="${OPENCC_REF:-$(find_ref)}"

if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  ($SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq time) >&2
fi

if [ -z "${TEXTNORM:-}" ]; then
  echo "building textnorm (Release)..." >&2
  dotnet build "$root/src/TextNorm.Cli" -c Release -v q -nologo >&2
  TEXTNORM="$root/src/TextNorm.Cli/bin/Release/net10.0/textnorm"
fi

dict_dir="$root/src/TextNorm/opencc/node_modules/opencc/data/dictionary"
[ -d "$dict_dir" ] || { echo "compare-opencc.sh: $dict_dir missing (build src/TextNorm first: it restores the dictionaries)" >&2; exit 1; }

if [ -n "${WORK_DIR:-}" ]; then work="$WORK_DIR"; mkdir -p "$work"; else work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; fi
input="$work/traditional.txt"
echo "generating ${SIZE_MB} MB of Traditional text..." >&2
node "$here/make-traditional-corpus.js" "$root/seeds" "$dict_dir" "$SIZE_MB" > "$input"
bytes=$(stat -c %s "$input")
chars=$(wc -m < "$input")

# First use of the references installs them; do it outside the timings.
echo "臺灣" | "$REF" t2s >/dev/null
echo "臺灣" | "$REF" --cpp t2s >/dev/null

run() { # name, command...
  local name="$1"; shift
  echo "running $name..." >&2
  /usr/bin/time -v -o "$work/$name.time" "$@"
}
# stdin to stdout, like the other two (with a PATH, -o names an output directory).
run textnorm bash -c '"$0" convert --config t2s < "$1" > "$2"' "$TEXTNORM" "$input" "$work/textnorm.out"
run opencc-cpp bash -c '"$0" --cpp t2s < "$1" > "$2"' "$REF" "$input" "$work/opencc-cpp.out"
run opencc-js bash -c '"$0" t2s < "$1" > "$2"' "$REF" "$input" "$work/opencc-js.out"

status=0
for other in opencc-cpp opencc-js; do
  if cmp -s "$work/textnorm.out" "$work/$other.out"; then
    echo "output: textnorm == $other (byte-identical)"
  else
    echo "output: textnorm != $other — first difference: $(cmp "$work/textnorm.out" "$work/$other.out" | head -1)"
    status=1
  fi
done

seconds() { # "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:01.23"
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1"
}
rss_mb() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }
cpu_seconds() { awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$1"; }

t_tn=$(seconds "$work/textnorm.time")
c_tn=$(cpu_seconds "$work/textnorm.time")
echo
echo "input: $(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1e6 }'), $chars characters (UTF-8, Traditional news text)"
echo "MB/s and Mchars/s from wall time; CPU = user + system (fairer on a busy machine); ratios = tool time / textnorm time"
printf '%-12s %9s %9s %9s %10s %8s %12s %12s\n' tool "wall s" "CPU s" "MB/s" "Mchars/s" "RSS MB" "ratio wall" "ratio CPU"
for name in textnorm opencc-cpp opencc-js; do
  t=$(seconds "$work/$name.time")
  c=$(cpu_seconds "$work/$name.time")
  awk -v n="$name" -v t="$t" -v c="$c" -v b="$bytes" -v ch="$chars" -v r="$(rss_mb "$work/$name.time")" -v tn="$t_tn" -v cn="$c_tn" \
    'BEGIN { if (t <= 0) t = 0.01; if (tn <= 0) tn = 0.01; if (cn <= 0) cn = 0.01;
             printf "%-12s %9.2f %9.2f %9.1f %10.1f %8s %11.1fx %11.1fx\n", n, t, c, b / 1e6 / t, ch / 1e6 / t, r, t / tn, c / cn }'
done
exit $status
