"""The CI gate: minimum metric values per provider from a TOML file.

    [default]                      # applies to every provider
    "grounding.rate" = 1.0
    [offline]                      # chosen by run.json's `provider`; overrides [default]
    "direct_speaker.recall" = 0.90
    "dev.stances.accuracy" = 0.5   # a split prefix (a name in splits.toml: seed, dev, synth...)
                                   # gates that split, else the key gates the overall score
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import ConfigError
from summarizer.evaluate.inputs import read_toml

DEFAULT_SECTION = "default"
OVERALL = "overall"


@dataclass(frozen=True)
class Check:
    key: str  # as written in the file, e.g. "dev.direct.recall"
    scope: str
    metric: str
    minimum: float
    value: float | None
    skipped: bool = False  # the run did not cover that split (or no article of the briefing)

    @property
    def ok(self) -> bool:
        # A gated metric that could not be computed although the run covered its articles (e.g.
        # no briefing.json) fails: a gate that silently passes on missing data is no gate.
        return self.skipped or (self.value is not None and self.value + 1e-9 >= self.minimum)


def load_thresholds(
    path: Path, provider: str | None, metric_names: set[str], splits: Sequence[str]
) -> tuple[list[str], dict[str, float]]:
    """(sections used, key → minimum) for the provider; unknown metrics/splits: ConfigError."""
    data = read_toml(path)
    sections = [DEFAULT_SECTION] + ([provider] if provider and provider in data else [])
    merged: dict[str, float] = {}
    for name in sections:
        table = data.get(name, {})
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [{name}] must be a table of metric = minimum")
        for key, value in table.items():
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
                raise ConfigError(f"{path}: [{name}] {key} must be a number from 0 to 1")
            metric = split_key(key, splits)[1]
            head, _, rest = metric.partition(".")
            if metric not in metric_names and rest in metric_names:
                raise ConfigError(f"{path}: [{name}] {key}: unknown split {head!r} "
                                  f"(splits.toml has: {', '.join(splits) or 'none'})")
            if metric not in metric_names:
                raise ConfigError(f"{path}: [{name}] unknown metric {metric!r} "
                                  f"(known: {', '.join(sorted(metric_names))})")
            merged[key] = float(value)
    return [s for s in sections if s in data], merged


def split_key(key: str, splits: Sequence[str]) -> tuple[str, str]:
    """("dev", "statements.f1") for "dev.statements.f1"; ("overall", key) without a split."""
    head, _, rest = key.partition(".")
    return (head, rest) if head in splits and rest else (OVERALL, key)


def run_checks(
    minimums: dict[str, float],
    metrics: dict[str, dict[str, float | None]],
    covered: set[str],
    merge_covered: bool,
) -> list[Check]:
    """Check each minimum; `covered` names the scopes the run has articles in."""
    splits = [name for name in metrics if name != OVERALL]  # metrics has one entry per split
    checks = []
    for key, minimum in minimums.items():
        scope, metric = split_key(key, splits)
        skipped = scope not in covered or (metric.startswith("merge.") and not merge_covered)
        checks.append(Check(key, scope, metric, minimum, metrics.get(scope, {}).get(metric),
                            skipped))
    return checks
