#!/usr/bin/env bash
# Quality gates: extract the fixtures with the offline default and with the replay provider,
# score each against the hand-labelled gold, and fail when a metric is below evals/thresholds.toml.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for provider in offline replay; do
  for split in articles articles-dev articles-synth articles-synth2 articles-synth3; do
    [ "$provider" = replay ] && [ "$split" != articles ] && continue  # recordings: seeds only
    out="$work/$provider-$split"
    .venv/bin/summarizer run "fixtures/$split" --out "$out" --provider "$provider" --no-cache -q \
      || { echo "run failed: $provider on $split"; status=1; continue; }
    echo "-- $provider on fixtures/$split"
    .venv/bin/summarizer eval --pred "$out" || status=1
  done
done
exit $status
