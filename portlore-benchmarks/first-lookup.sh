#!/bin/sh
# Runs FirstLookup in N fresh JVMs (default 10) and prints every run, then the median. The class path is what a
# dependency on portlore-core and portlore-data brings (their jars and Jackson's), not JMH's.
# Build first: ./mvnw -B -ntp -pl portlore-benchmarks -am package -DskipTests
set -eu
cd "$(dirname "$0")"
runs="${1:-10}"
# FirstLookup runs from a jar of its own, as an application's code does: the JVM has opened a jar before the timed
# call, as it has in any application, and the timed call pays only what portlore adds.
jar cf target/first-lookup.jar -C target/classes org/portlore/benchmarks/FirstLookup.class
cp="target/first-lookup.jar"
for jar in target/lib/portlore-*.jar target/lib/jackson-*.jar; do
  cp="$cp:$jar"
done
i=0
: > target/first-lookup.txt
while [ "$i" -lt "$runs" ]; do
  java -cp "$cp" org.portlore.benchmarks.FirstLookup | tee -a target/first-lookup.txt
  i=$((i + 1))
done
grep '^first lookup' target/first-lookup.txt | awk '{print $3}' | sort -n |
  awk '{v[NR]=$1} END {printf "first lookup over %d fresh JVMs: min %.1f ms, median %.1f ms, max %.1f ms\n", NR, v[1], (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2), v[NR]}'
