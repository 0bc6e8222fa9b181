"""Reading what an eval needs: the run's predictions, the gold, the split, the article texts.

Any missing or invalid folder or file is a ConfigError with a one-line message naming it.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from summarizer import jsonfile
from summarizer.errors import ConfigError
from summarizer.load import Article, load_articles, safe_id
from summarizer.schemas import ArticleExtraction, Briefing

ARTICLES_DIR = "articles"
RUN_FILE = "run.json"
BRIEFING_FILE = "briefing.json"
SPLITS_FILE = "splits.toml"
# The splits assumed when no splits.toml is found, so "seed."/"dev." threshold keys stay valid.
DEFAULT_SPLITS = ("seed", "dev")
# Names a split cannot take: they are scopes or keys of eval.json's "scope" already.
RESERVED_NAMES = frozenset({"overall", "scored", "merge", "failed", "not_in_gold"})
_SPLIT_NAME = re.compile(r"^[a-z][a-z0-9_]*$")

M = TypeVar("M", bound=BaseModel)


@dataclass
class Prediction:
    """A run folder: per-article extractions, the run report's scope, maybe a briefing."""

    folder: Path
    provider: str | None
    articles: dict[str, ArticleExtraction]
    ran: list[str]  # ids the run covered (written or failed), in order
    failed: list[str]
    briefing: Briefing | None
    warnings: list[str] = field(default_factory=list)


def read_model(path: Path, model: type[M]) -> M:
    return jsonfile.read_model(path, model, error=ConfigError)


def read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a JSON object")
    return data


def read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None


def _extractions(folder: Path) -> dict[str, ArticleExtraction]:
    found: dict[str, ArticleExtraction] = {}
    for path in sorted(folder.glob("*.json")):
        extraction = read_model(path, ArticleExtraction)
        found[extraction.article.id or path.stem] = extraction
    return found


def load_prediction(pred: Path) -> Prediction:
    if not pred.is_dir():
        raise ConfigError(f"{pred}: prediction folder not found (expected a run's --out folder)")
    articles_dir = pred / ARTICLES_DIR
    if not articles_dir.is_dir():
        raise ConfigError(f"{pred}: no {ARTICLES_DIR}/ folder (is this a run's output folder?)")
    articles = _extractions(articles_dir)
    provider: str | None = None
    failed: list[str] = []
    warnings: list[str] = []
    if (pred / RUN_FILE).is_file():
        report = read_json(pred / RUN_FILE)
        provider = str(report["provider"]) if report.get("provider") else None
        ok = [str(i) for i in report.get("articles", [])]
        failed = [
            str(f.get("article_id") or safe_id(Path(str(f.get("file", "?"))).stem))
            for f in report.get("failures", []) if isinstance(f, dict)
        ]
        ran = list(dict.fromkeys(ok + failed))
        warnings += [f"{i}: listed in run.json but no articles/{i}.json; scored as empty"
                     for i in ok if i not in articles]
    else:
        ran = list(articles)
        warnings.append(f"{pred}: no run.json; scoring the ids found in {ARTICLES_DIR}/")
    briefing = None
    if (pred / BRIEFING_FILE).is_file():
        briefing = read_model(pred / BRIEFING_FILE, Briefing)
    return Prediction(pred, provider, articles, ran, failed, briefing, warnings)


def load_gold(gold: Path) -> tuple[dict[str, ArticleExtraction], Briefing | None]:
    if not gold.is_dir():
        raise ConfigError(f"{gold}: gold folder not found")
    golds = {
        path.stem: read_model(path, ArticleExtraction)
        for path in sorted(gold.glob("*.json")) if path.name != BRIEFING_FILE
    }
    if not golds:
        raise ConfigError(f"{gold}: no gold <article_id>.json files")
    briefing = None
    if (gold / BRIEFING_FILE).is_file():
        briefing = read_model(gold / BRIEFING_FILE, Briefing)
    return golds, briefing


def load_splits(gold: Path) -> dict[str, list[str]]:
    """Split name → article ids, in the order of splits.toml beside the gold folder.

    Every top-level key of splits.toml is a split (seed, dev, synth, ...); without the file the
    default splits exist, empty. An article in two splits is a ConfigError.
    """
    path = gold.parent / SPLITS_FILE
    if not path.is_file():
        return {name: [] for name in DEFAULT_SPLITS}
    splits: dict[str, list[str]] = {}
    owner: dict[str, str] = {}
    for name, ids in read_toml(path).items():
        if not _SPLIT_NAME.match(name) or name in RESERVED_NAMES:
            raise ConfigError(f"{path}: {name!r} cannot name a split (lowercase word, not "
                              f"one of {', '.join(sorted(RESERVED_NAMES))})")
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise ConfigError(f"{path}: '{name}' must be a list of article ids")
        for article_id in ids:
            if owner.setdefault(article_id, name) != name:
                raise ConfigError(f"{path}: {article_id} is in both '{owner[article_id]}' "
                                  f"and '{name}'")
        splits[name] = list(ids)
    return splits


def split_of(splits: dict[str, list[str]]) -> dict[str, str]:
    """Article id → the name of its split."""
    return {article_id: name for name, ids in splits.items() for article_id in ids}


def _candidates(source_path: str | None, gold_root: Path) -> list[Path]:
    if not source_path:
        return []
    path = Path(source_path)
    return [path] if path.is_absolute() else [path, gold_root / path]


def article_text(
    pred: ArticleExtraction | None, gold: ArticleExtraction, gold_dir: Path
) -> str | None:
    """The article as loaded for extraction: the prediction's source file, else the gold's."""
    gold_root = gold_dir.resolve().parent.parent  # evals/gold → repository root
    paths = _candidates(pred.article.source_path if pred else None, gold_root)
    paths += _candidates(gold.article.source_path, gold_root)
    for path in paths:
        if path.is_file():
            loaded = load_articles([str(path)])
            if loaded and isinstance(loaded[0], Article):
                return loaded[0].text
    return None
