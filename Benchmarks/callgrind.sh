#!/bin/bash
# The plan evaluation of a build of regelwerk-bench per decision, without the noise of a shared machine: under
# `Werkplaats.beslis(pool, k)` (one decision of the measurement's pool), the instructions, the conditional and the
# indirect branches, how many of each valgrind's simple predictor gets wrong, and a proxy: instructions plus 20 per
# wrong branch. A build gives nearly the same figures on every run (two runs differ by ~0.1%), so a step of 2% shows
# where the wall clock of this machine varies ±10% (Benchmarks/README.md, tenth round). A proxy, not the time: a
# processor predicts an indirect jump better than valgrind does, so judge a step by this and by `naast-elkaar.sh`
# both. Needs valgrind.
#
#   bash Benchmarks/callgrind.sh <regelwerk-bench> [bench-opties...]
#   bash Benchmarks/callgrind.sh .build/release/regelwerk-bench --n 5000 --beslissing afstemming
set -euo pipefail

if [[ $# -lt 1 || ! -x $1 ]]; then
    echo "gebruik: bash Benchmarks/callgrind.sh <regelwerk-bench> [bench-opties...]" >&2
    exit 64
fi
command -v valgrind > /dev/null || { echo "fout: valgrind ontbreekt (apt-get install valgrind)" >&2; exit 69; }
bin=$1
shift
opties=("$@")
if [[ ${#opties[@]} -eq 0 ]]; then opties=(--n 5000 --beslissing afstemming); fi

uit=$(mktemp)
trap 'rm -f "$uit"' EXIT
# Only what runs inside one decision is counted: the workload's making, batch and binding stay out.
valgrind --tool=callgrind --branch-sim=yes --toggle-collect='*WerkplaatsC6beslisySb0A4Kern08GebondenB0C_SitF' \
    --callgrind-out-file="$uit" "$bin" "${opties[@]}" --rondes 1 --draden 1 > /dev/null 2>&1

# The totals line holds the five counts; every call of the decision is a `calls=` line after a `cfn=` naming it (by
# number, once its name has been given). The name whole: a closure inside it has a name that begins the same.
awk '
    /^events:/ { for (i = 2; i <= NF; i++) naam[i - 1] = $i }
    /^totals:/ { for (i = 2; i <= NF; i++) totaal[i - 1] = $i }
    # A function is named once, at its first mention (as `fn=` or `cfn=`), and by its number after that.
    /^fn=/ {
        if (match($0, /^fn=\([0-9]+\)/) && $0 ~ /WerkplaatsC6beslisySb0A4Kern08GebondenB0C_SitF$/) { bekend[substr($0, 4, RLENGTH - 3)] = 1 }
        next
    }
    /^cfn=/ {
        beslis = 0
        if (match($0, /^cfn=\([0-9]+\)/)) { id = substr($0, 5, RLENGTH - 4) }
        if ($0 ~ /WerkplaatsC6beslisySb0A4Kern08GebondenB0C_SitF$/) { bekend[id] = 1 }
        if (id in bekend) beslis = 1
        next
    }
    /^calls=/ { if (beslis) { split(substr($0, 7), d, " "); n += d[1] }; beslis = 0 }
    END {
        if (n == 0) { print "fout: geen beslissing geteld" > "/dev/stderr"; exit 1 }
        regel = sprintf("%d beslissingen, per beslissing:", n)
        for (i = 1; i <= 5; i++) { w[naam[i]] = totaal[i] / n; regel = regel sprintf(" %s %.1f", naam[i], totaal[i] / n) }
        printf "%s; proxy %.0f\n", regel, w["Ir"] + 20 * (w["Bcm"] + w["Bim"])
    }
' "$uit"
