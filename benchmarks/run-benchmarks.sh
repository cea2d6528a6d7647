#!/bin/bash
# Every benchmark run docs/performance.md quotes, in order. Run it from the repository root on an
# otherwise idle machine, after `mvn -B -q install -DskipTests`. Results (JMH text and JSON, JFR
# recordings and their summaries) go to benchmarks/target/results, or to $OUT.
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

# A renamed or removed benchmark class fails here, before any time is spent measuring.
BENCHMARKS="PairThroughputBenchmark ConcurrencyBenchmark ScalingBenchmark HostileScalingBenchmark
  StageBenchmark FirstAnalysisBenchmark EncoderLoadBenchmark EncoderBenchmark"
listed=$(java -jar "$JAR" -l)
for b in $BENCHMARKS; do
  if ! grep -q "\.$b\." <<<"$listed"; then
    echo "run-benchmarks.sh: no benchmark class $b in $JAR" >&2
    exit 2
  fi
done

{ nproc; lscpu | grep 'Model name'; java -version 2>&1 | head -1; date -u +%Y-%m-%dT%H:%MZ; } | tee "$OUT/machine.txt"

# 1. Pairs per second: lexical and semantic analysis vs tokenizeOnly, allocation per pair.
jmh pair PairThroughputBenchmark -f 1 -wi 8 -w 2s -i 5 -r 2s -prof gc -prof $CPU
# 2. One shared analyzer, one thread vs two.
jmh threads ConcurrencyBenchmark -f 1 -wi 12 -w 2s -i 5 -r 2s -prof $CPU
# 3. 1 KB to 1 MB per letter.
jmh scaling ScalingBenchmark -f 1 -wi 8 -w 2s -i 5 -r 2s -prof gc -prof $CPU
# 4. Input shapes that were once quadratic, at doubling sizes.
jmh hostile HostileScalingBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -prof gc
# 5. Stage by stage.
jmh stages StageBenchmark -f 1 -wi 8 -w 1s -i 5 -r 1s -prof gc -prof $CPU
# 6. The sentence encoder per pair and per sentence.
jmh encoder EncoderBenchmark -f 1 -wi 5 -w 2s -i 5 -r 2s -prof $CPU
# 7. Where the time goes: JFR while analysing seed-sized pairs, and one 1 MB pair.
jmh profile-pair 'PairThroughputBenchmark.analyzeLexical$' -f 1 -wi 8 -w 2s -i 5 -r 2s \
  -prof "jfr:dir=$OUT/jfr;stackDepth=96"
jmh profile-1mb 'ScalingBenchmark.analyze$' -p size=1MB -f 1 -wi 2 -w 2s -i 3 -r 2s \
  -prof "jfr:dir=$OUT/jfr;stackDepth=96"
for f in "$OUT"/jfr/*/profile.jfr; do
  echo "== $f"
  java -cp "$JAR" org.replyaudit.benchmarks.JfrSummary "$f"
done | tee "$OUT/profile-summary.txt"

# 8. Start-up, one shot per fresh JVM: the first analysis per mode, and the encoder's load.
jmh first FirstAnalysisBenchmark
jmh encoder-load EncoderLoadBenchmark
# 9. The command line's demo from JVM start to its report, per mode (needs hyperfine).
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 2 --runs 10 --export-json "$OUT/demo.json" \
    'java -jar cli/target/replyaudit-cli.jar demo --mode lexical' \
    'java -jar cli/target/replyaudit-cli.jar demo' | tee "$OUT/demo.txt"
else
  echo "run-benchmarks.sh: hyperfine not found, demo start-up not timed" >&2
fi
