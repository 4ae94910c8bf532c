#!/bin/bash
# Two builds of regelwerk-bench side by side: run them one after the other, round after round (so that both meet the
# same moments of a shared machine), and print per build every planevaluatie figure and its median.
# A change to the interpreter is judged by this in wall-clock time, on afstemming and on the reference workload
# (Benchmarks/README.md, eighth round: fewer instructions in callgrind did not always mean less time).
#
#   bash Benchmarks/naast-elkaar.sh <regelwerk-bench A> <regelwerk-bench B> [rondes] [-- bench-opties...]
#   bash Benchmarks/naast-elkaar.sh /tmp/voor/regelwerk-bench .build/release/regelwerk-bench 6 -- --n 20000 --beslissing afstemming
#
# With TEGELIJK=1 both run at once, each on a core of its own (taskset), the cores swapped every round: both meet the very
# same moment of the machine, which one after the other they do not (eleventh round: where one after the other gave the
# same median for two builds, at once the newer won every pair on the cases with several schendingen). Each round then
# also prints the ratio B / A. Needs two cores and taskset; the bench runs with --draden 1, and only the first decision it
# measures counts (give --beslissing).
set -euo pipefail

if [[ $# -lt 2 ]]; then
    echo "gebruik: bash Benchmarks/naast-elkaar.sh <regelwerk-bench A> <regelwerk-bench B> [rondes] [-- bench-opties...]" >&2
    exit 64
fi
a=$1 b=$2
shift 2
rondes=5
if [[ $# -gt 0 && $1 != "--" ]]; then rondes=$1; shift; fi
if [[ $# -gt 0 && $1 == "--" ]]; then shift; fi
opties=("$@")
if [[ ${#opties[@]} -eq 0 ]]; then opties=(--n 20000 --beslissing afstemming); fi
for bin in "$a" "$b"; do
    [[ -x $bin ]] || { echo "fout: '$bin' is geen uitvoerbaar bestand" >&2; exit 66; }
done

uit=$(mktemp)
trap 'rm -f "$uit"' EXIT
if [[ ${TEGELIJK:-0} == 1 ]]; then
    command -v taskset > /dev/null || { echo "fout: taskset ontbreekt" >&2; exit 69; }
    # "planevaluatie afstemming, 1 draad: 548.100 beslissingen/s ..." of each build, on core 0 and 1 in turn.
    plan() { taskset -c "$1" "$2" "${opties[@]}" --rondes 1 --draden 1 2>&1 | grep '^planevaluatie [^,]*, 1 draad:' | head -1 \
        | sed -E 's/^planevaluatie ([^,]*), 1 draad: ([0-9.]+) .*/\1 \2/' | tr -d . ; }
    for ((r = 1; r <= rondes; r++)); do
        if ((r % 2)); then ka=0 kb=1; else ka=1 kb=0; fi
        ra=$(mktemp) rb=$(mktemp)
        plan $ka "$a" > "$ra" & plan $kb "$b" > "$rb"
        wait
        read -r naam x < "$ra" || true
        read -r _ y < "$rb" || true
        rm -f "$ra" "$rb"
        if [[ -z ${x:-} || -z ${y:-} ]]; then
            echo "fout: '${opties[*]}' gaf geen planevaluatie; draai de benchmark zelf om te zien waarom" >&2
            exit 1
        fi
        echo "ronde $r: $a $x (kern $ka), $b $y (kern $kb), verhouding $(awk -v x="$x" -v y="$y" 'BEGIN { printf "%.3f", y / x }')"
        echo "$a $naam $x" >> "$uit"
        echo "$b $naam $y" >> "$uit"
    done
else
    for ((r = 1; r <= rondes; r++)); do
        for bin in "$a" "$b"; do
            # One round of batch (the bench always measures it) and the plan evaluation; only the latter is kept:
            # "planevaluatie afstemming, 1 draad: 548.100 beslissingen/s ..." becomes "<bench> afstemming 548100".
            regels=$("$bin" "${opties[@]}" --rondes 1 2>&1 | grep '^planevaluatie [^,]*, 1 draad:' || true)
            if [[ -z $regels ]]; then
                echo "fout: '$bin ${opties[*]}' gaf geen planevaluatie; draai het zelf om te zien waarom" >&2
                exit 1
            fi
            sed -E 's/^planevaluatie ([^,]*), 1 draad: ([0-9.]+) .*/\1 \2/' <<< "$regels" \
                | while read -r naam waarde; do echo "$bin $naam ${waarde//./}"; done >> "$uit"
        done
    done
fi
# Per build and decision: the figures in the order measured, and the median (of an even count the lower middle one).
sort -k1,1 -k2,2 -s "$uit" | awk '
    { k = $1 " " $2; v[k] = v[k] " " $3; n[k]++; w[k, n[k]] = $3 }
    END {
        for (k in n) {
            m = n[k]
            for (i = 1; i <= m; i++) s[i] = w[k, i]
            for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (s[j] < s[i]) { t = s[i]; s[i] = s[j]; s[j] = t }
            printf "%s: mediaan %d beslissingen/s (%s )\n", k, s[int((m + 1) / 2)], v[k]
        }
    }' | sort
