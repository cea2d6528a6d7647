#!/bin/bash
# Every benchmark run the README's "Performance" section quotes, in order (about 8 minutes of
# JMH on 2 cores, plus the start-up timing). Run it from the repository root on an otherwise idle
# machine, after `mvn -B -q install -DskipTests`. Results (JMH text and JSON, JFR recordings and
# their summaries) go to benchmarks/target/results, or to $OUT.
#
# Shared data: ../shared, or pass -Dreplyaudit.shared=DIR in $JAVA_OPTS (JMH hands the host
# JVM's -D options on to its forks).
set -euo pipefail
# JAR may point to a copy, so that rebuilding during a run cannot pull the jar from under it.
JAR=${JAR:-benchmarks/target/benchmarks.jar}
CPU=org.replyaudit.benchmarks.CpuTimeProfiler
OUT=${OUT:-benchmarks/target/results}
JAVA_OPTS=${JAVA_OPTS:-}
mkdir -p "$OUT"
jmh() {
  name=$1
  shift
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$JAR" "$@" -rf json -rff "$OUT/$name.json" | tee "$OUT/$name.txt"
}

{ nproc; lscpu | grep 'Model name'; java -version 2>&1 | head -1; date -u +%Y-%m-%dT%H:%MZ; } | tee "$OUT/machine.txt"

# 1. Headline: analyze vs tokenizeOnly (and a fresh analyzer per pair), allocation per pair.
jmh pair PairThroughputBenchmark -f 1 -wi 8 -w 2s -i 5 -r 2s -prof gc -prof $CPU
# 2. One shared analyzer, one thread vs two.
jmh threads ConcurrencyBenchmark -f 1 -wi 12 -w 2s -i 5 -r 2s -prof $CPU
# 3. 1 KB to 1 MB per letter.
jmh scaling ScalingBenchmark -f 1 -wi 8 -w 2s -i 5 -r 2s -prof gc -prof $CPU
# 4. Stage by stage.
jmh stages StageBenchmark -f 1 -wi 8 -w 1s -i 5 -r 1s -prof gc -prof $CPU
# 5. Where the time goes: JFR while analysing seed-sized pairs, and one 1 MB pair.
jmh profile-pair 'PairThroughputBenchmark.analyze$' -f 1 -wi 8 -w 2s -i 5 -r 2s \
  -prof "jfr:dir=$OUT/jfr;stackDepth=96"
jmh profile-1mb 'ScalingBenchmark.analyze$' -p size=1MB -f 1 -wi 2 -w 2s -i 3 -r 2s \
  -prof "jfr:dir=$OUT/jfr;stackDepth=96"
for f in "$OUT"/jfr/*/profile.jfr; do
  echo "== $f"
  java -cp "$JAR" org.replyaudit.benchmarks.JfrSummary "$f"
done | tee "$OUT/profile-summary.txt"

# 6a. The trained models' load time, one shot per fresh JVM.
jmh models ModelLoadBenchmark
# 6. Start-up: JVM start to the demo's report, models loaded and one analysis done.
hyperfine --warmup 2 --runs 10 --export-json "$OUT/demo.json" \
  'java -jar cli/target/replyaudit-cli.jar demo' | tee "$OUT/demo.txt"
