#!/bin/sh
# vs-rg.sh compares the known-name scan with ripgrep on the same generated documents and the
# same spellings, one core each. Run from the repository root:
#
#	sh extract/known/testdata/vs-rg.sh [names] [megabytes] [runs]
#
# Needs ripgrep and hyperfine (Debian: apt-get install ripgrep hyperfine). Each tool is timed
# twice: over the documents (build + scan) and over an empty file (build only: ripgrep compiles
# its patterns, knownscan builds its automaton); scan time is the difference. The last lines
# give median wall time and mean CPU time (user + system) of each, and knownscan/rg ratios.
set -eu
names=${1:-100000}
mb=${2:-10}
runs=${3:-5}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go build -o "$dir/knownscan" ./extract/known/testdata/knownscan
"$dir/knownscan" gen -dir "$dir/c" -names "$names" -mb "$mb"
: >"$dir/empty.txt"
echo "names: $(wc -l <"$dir/c/names.txt") spellings of $names entities; documents: $(cat "$dir"/c/docs/* | wc -c) bytes"
echo "matches: knownscan $("$dir/knownscan" scan -names "$dir/c/names.txt" "$dir"/c/docs/* 2>/dev/null)," \
	"rg $(rg -F -j1 --count-matches --no-filename -f "$dir/c/names.txt" "$dir/c/docs" | awk '{s+=$1} END {print s}')"
hyperfine -N -i -w 1 -r "$runs" --export-json "$dir/report.json" \
	-n rg "rg -F -j1 --count-matches -f $dir/c/names.txt $dir/c/docs" \
	-n rg-build "rg -F -j1 --count-matches -f $dir/c/names.txt $dir/empty.txt" \
	-n known "$dir/knownscan scan -names $dir/c/names.txt $(echo "$dir"/c/docs/*)" \
	-n known-build "$dir/knownscan scan -names $dir/c/names.txt $dir/empty.txt"
"$dir/knownscan" report "$dir/report.json"
