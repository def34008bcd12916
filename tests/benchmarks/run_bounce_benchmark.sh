#!/usr/bin/env bash
# Compares BounceReader with Sisimai on the same bounces: runs bench_bounce and bench_sisimai.pl
# one after the other, with the same passes over the same corpus, and prints the ratio.
# It builds nothing. From a release build (the benchmarks are built unless the CMake option
# BLOCKLISTDOCTOR_BENCHMARKS was turned OFF; add -DBLOCKLISTDOCTOR_BENCHMARKS=ON if it was):
#   cmake --preset release && cmake --build --preset release --target bench_bounce
#   tests/benchmarks/run_bounce_benchmark.sh build/release/tests/benchmarks/bench_bounce 20
# Usage: run_bounce_benchmark.sh BENCH_BOUNCE [PASSES] [CORPUS_DIR]
#   PASSES      passes over the whole corpus (default 20)
#   CORPUS_DIR  directory of *.eml files (default <source>/../shared/corpus/dev)
# Needs Perl with Sisimai 4.25 (Debian 12: apt-get install libsisimai-perl).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

usage() {
    sed -n '2,/^set -euo/{/^set/d; s/^# \{0,1\}//; p}' "${BASH_SOURCE[0]}" >&2
    exit 2
}

[[ $# -ge 1 && $# -le 3 ]] || usage
bench_bounce=$1
passes=${2:-20}
corpus=${3:-$here/../../../shared/corpus/dev}

[[ -x $bench_bounce && ! -d $bench_bounce ]] || {
    echo "not an executable: $bench_bounce (build it first, see the header of $0)" >&2
    exit 1
}
[[ $passes =~ ^[1-9][0-9]*$ ]] || {
    echo "PASSES must be a positive whole number, not '$passes'" >&2
    exit 2
}
[[ -d $corpus ]] || {
    echo "no corpus directory: $corpus" >&2
    exit 1
}
corpus=$(cd "$corpus" && pwd)
perl -MSisimai -e 1 2>/dev/null || {
    echo "Perl cannot load Sisimai (Debian: apt-get install libsisimai-perl)" >&2
    exit 1
}

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1 || true)
echo "machine: $(nproc) cores, ${cpu:-$(uname -m)}, $(uname -sr)"
echo

ours=$("$bench_bounce" "$passes" "$corpus")
echo "$ours"
echo
theirs=$(perl "$here/bench_sisimai.pl" "$passes" "$corpus")
echo "$theirs"
echo

# "bench_…: <name> over <files> files, …" and "throughput <which>: <files/s> files/s, …"
files_per_second() { # output, which
    awk -v start="throughput $2: " 'index($0, start) == 1 {
        split(substr($0, length(start) + 1), words, " "); print words[1]; exit }' <<<"$1"
}
files_ours=$(awk '/^bench_bounce:/ { for (i = 1; i < NF; ++i) if ($i == "over") print $(i + 1) }' <<<"$ours")
files_theirs=$(awk '/^bench_sisimai:/ { for (i = 1; i < NF; ++i) if ($i == "over") print $(i + 1) }' <<<"$theirs")
if [[ -z $files_ours || $files_ours != "$files_theirs" ]]; then
    echo "the two benchmarks did not read the same files (${files_ours:-?} and ${files_theirs:-?})" >&2
    exit 1
fi

for which in median best "cpu median"; do
    a=$(files_per_second "$ours" "$which")
    b=$(files_per_second "$theirs" "$which")
    [[ -n $a && -n $b ]] || {
        echo "no 'throughput $which:' line in the output above" >&2
        exit 1
    }
    awk -v which="$which" -v a="$a" -v b="$b" 'BEGIN {
        printf "ratio %s: BounceReader %.1f files/s, Sisimai %.1f files/s: %.1fx\n", which, a, b, a / b
    }'
done
echo "(the same files, so the MB/s ratios are the same; cpu = process CPU time, steadier than"
echo " wall time when other programs share the machine)"
