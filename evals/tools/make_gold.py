"""Build the gold JSON in evals/gold/ from the hand-written specs in evals/gold/src/.

The TOML specs are the gold; the JSON is derived. Spans are never typed by hand: every text is
located with ``summarizer.ground.find_quote`` (exact after quote/dash/space normalisation) and
checked with ``spans_match``, so a text that is not verbatim in its article stops the build.

    .venv/bin/python evals/tools/make_gold.py           # (re)write evals/gold/*.json
    .venv/bin/python evals/tools/make_gold.py --check   # exit 1 when the JSON is out of date

Run from the repository root (article paths in the specs are relative to it).
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import defaultdict
from pathlib import Path
from typing import Any

from summarizer.countries import country_name
from summarizer.ground import find_quote, spans_match
from summarizer.load import Article, load_articles
from summarizer.schemas import (
    ArticleExtraction,
    ArticleMeta,
    Briefing,
    Conflict,
    ConflictSource,
    CountryStance,
    Diagnostics,
    Evidence,
    MergedPlan,
    MergedPlanPoint,
    MergedStance,
    MergedStatement,
    PlanPoint,
    SourceRef,
    Span,
    Speaker,
    StanceEvidence,
    Statement,
    VictoryPlan,
)

EVALS = Path(__file__).resolve().parents[1]
GOLD = EVALS / "gold"
SRC = GOLD / "src"
SPEAKERS_FILE = "speakers.toml"
BRIEFING_FILE = "briefing.toml"
Spec = dict[str, Any]


class GoldError(Exception):
    """A spec that cannot become valid, verified gold; the message names the article and text."""


def locate(text: str, article: Article, after: str | None = None) -> list[Span]:
    """Spans of `text` in the article (after the `after` anchor when given), verified."""
    offset = 0
    if after is not None:
        anchor = find_quote(after, article.text)
        if not anchor:
            raise GoldError(f"{article.id}: anchor not found: {after!r}")
        offset = anchor[-1][1]
    found = find_quote(text, article.text[offset:])
    if not found:
        raise GoldError(f"{article.id}: not verbatim in the article: {text!r}")
    spans = [(start + offset, end + offset) for start, end in found]
    if not spans_match(text, article.text, spans):
        raise GoldError(f"{article.id}: spans do not verify: {text!r}")
    return spans


def load_speakers(src: Path) -> dict[str, Speaker]:
    raw = tomllib.loads((src / SPEAKERS_FILE).read_text(encoding="utf-8"))
    return {key: Speaker(**value) for key, value in raw.items()}


def _speaker(value: str | Spec, speakers: dict[str, Speaker], where: str) -> Speaker:
    if isinstance(value, str):
        if value not in speakers:
            raise GoldError(f"{where}: unknown speaker key {value!r}")
        return speakers[value]
    return Speaker(**value)


def _statements(spec: Spec, article: Article, speakers: dict[str, Speaker]) -> list[Statement]:
    rows: list[tuple[list[Span], Spec]] = []
    for item in spec.get("statements", []):
        rows.append((locate(item["text"], article, item.get("after")), item))
    rows.sort(key=lambda row: row[0][0])
    return [
        Statement(
            id=f"s{index}",
            speaker=_speaker(item["speaker"], speakers, article.id),
            text=item["text"],
            kind=item["kind"],
            said_on=item.get("said_on"),
            topic=item.get("topic"),
            spans=spans,
            article_id=article.id,
        )
        for index, (spans, item) in enumerate(rows, start=1)
    ]


def _evidence(texts: list[str], article: Article) -> list[Evidence]:
    return [Evidence(text=text, spans=locate(text, article)) for text in texts]


def _stances(spec: Spec, article: Article) -> list[CountryStance]:
    return [
        CountryStance(
            country=item["country"],
            country_name=country_name(item["country"]),
            position=item["position"],
            actors=item.get("actors", []),
            evidence=_evidence(item["evidence"], article),
            article_id=article.id,
        )
        for item in spec.get("stances", [])
    ]


def _plan(spec: Spec, article: Article) -> VictoryPlan | None:
    raw = spec.get("plan")
    if raw is None:
        return None
    points = [
        PlanPoint(
            number=point.get("number"),
            summary=point["summary"],
            classified=point.get("classified", False),
            evidence=_evidence(point["evidence"], article),
        )
        for point in raw.get("points", [])
    ]
    fields = {k: v for k, v in raw.items() if k != "points"}
    return VictoryPlan(points=points, **fields)


def build_article(spec_path: Path, speakers: dict[str, Speaker]) -> ArticleExtraction:
    spec = tomllib.loads(spec_path.read_text(encoding="utf-8"))
    loaded = load_articles([spec["article"]])
    if len(loaded) != 1 or not isinstance(loaded[0], Article):
        raise GoldError(f"{spec_path.name}: cannot load {spec['article']}: {loaded}")
    article = loaded[0]
    if article.id != spec_path.stem:
        raise GoldError(f"{spec_path.name}: article id is {article.id!r}, not the file stem")
    return ArticleExtraction(
        article=article.meta,
        plan=_plan(spec, article),
        statements=_statements(spec, article, speakers),
        stances=_stances(spec, article),
        diagnostics=Diagnostics(provider="gold", model="human"),
    )


# --- the briefing ---------------------------------------------------------------------------------


def _article_id(prefix: str, ids: list[str]) -> str:
    matches = [i for i in ids if i == prefix or i.startswith(prefix)]
    if len(matches) != 1:
        raise GoldError(f"briefing: article prefix {prefix!r} matches {matches}")
    return matches[0]


def _pick(ref: str, ids: list[str], texts: dict[str, list[str]]) -> tuple[str, int]:
    """Resolve "<article>: <snippet>[#n]" to (article id, index into that article's items)."""
    prefix, _, rest = ref.partition(":")
    snippet, _, nth = rest.strip().partition("#")
    article_id = _article_id(prefix.strip(), ids)
    wanted = snippet.strip().casefold()
    items = texts[article_id]
    exact = [i for i, t in enumerate(items) if t.casefold().strip(" .,") == wanted]
    found = exact or [i for i, t in enumerate(items) if wanted in t.casefold()]
    if nth:
        found = found[int(nth) - 1 : int(nth)]
    if len(found) != 1:
        raise GoldError(f"briefing: {ref!r} matches {len(found)} items in {article_id}")
    return article_id, found[0]


def _source(extraction: ArticleExtraction, statement: Statement) -> SourceRef:
    meta = extraction.article
    return SourceRef(article_id=meta.id, outlet=meta.outlet, published=meta.published,
                     text=statement.text, spans=statement.spans, kind=statement.kind)


def _merged_statements(spec: Spec, golds: dict[str, ArticleExtraction]) -> list[MergedStatement]:
    ids = list(golds)
    texts = {i: [s.text for s in g.statements] for i, g in golds.items()}
    clusters: list[tuple[list[tuple[str, int]], Spec]] = []
    used: set[tuple[str, int]] = set()
    for item in spec.get("statements", []):
        members = [_pick(ref, ids, texts) for ref in item["sources"]]
        if used & set(members) or len(set(members)) != len(members):
            raise GoldError(f"briefing: a statement is in two clusters: {item['sources']}")
        used |= set(members)
        clusters.append((members, item))
    for article_id, gold in golds.items():
        for index in range(len(gold.statements)):
            if (article_id, index) not in used:
                clusters.append(([(article_id, index)], {}))
    order = {article_id: n for n, article_id in enumerate(ids)}

    def first(members: list[tuple[str, int]]) -> tuple[int, int]:
        a, i = min(members, key=lambda m: (order[m[0]], golds[m[0]].statements[m[1]].spans[0]))
        return order[a], golds[a].statements[i].spans[0][0]

    clusters.sort(key=lambda c: first(c[0]))
    merged = []
    for number, (members, item) in enumerate(clusters, start=1):
        members = sorted(members, key=lambda m: (order[m[0]], golds[m[0]].statements[m[1]].spans))
        head_id, head = _pick(item["canonical"], ids, texts) if "canonical" in item else members[0]
        canonical = golds[head_id].statements[head]
        statements = [golds[a].statements[i] for a, i in members]
        merged.append(MergedStatement(
            id=f"m{number}", speaker=canonical.speaker, text=canonical.text,
            kind="direct" if any(s.kind == "direct" for s in statements) else "paraphrase",
            said_on=item.get("said_on", canonical.said_on), topic=item.get("about"),
            sources=[_source(golds[a], s) for (a, _), s in zip(members, statements, strict=True)],
        ))
    return merged


def _merged_stances(golds: dict[str, ArticleExtraction]) -> list[MergedStance]:
    by_country: dict[str, list[CountryStance]] = defaultdict(list)
    for gold in golds.values():
        for stance in gold.stances:
            by_country[stance.country].append(stance)
    merged = []
    for code in sorted(by_country):
        stances = by_country[code]
        positions = [s.position for s in stances]
        actors = sorted({a for s in stances for a in s.actors})
        merged.append(MergedStance(
            country=code, country_name=stances[0].country_name,
            position=max(set(positions), key=positions.count), conflict=len(set(positions)) > 1,
            confidence=1.0, actors=actors,
            sources=[
                StanceEvidence(article_id=s.article_id, outlet=golds[s.article_id].article.outlet,
                               position=s.position, actors=s.actors, evidence=s.evidence)
                for s in stances
            ],
        ))
    return merged


def _merged_plan(spec: Spec, golds: dict[str, ArticleExtraction]) -> MergedPlan:
    raw = spec["plan"]
    ids = list(golds)
    summaries = {i: [p.summary for p in g.plan.points] if g.plan else [] for i, g in golds.items()}
    points = []
    for item in raw.get("points", []):
        sources = []
        for ref in item["sources"]:
            article_id, index = _pick(ref, ids, summaries)
            gold = golds[article_id]
            assert gold.plan is not None
            evidence = gold.plan.points[index].evidence[0]
            sources.append(SourceRef(article_id=article_id, outlet=gold.article.outlet,
                                     published=gold.article.published, text=evidence.text,
                                     spans=evidence.spans))
        points.append(MergedPlanPoint(number=item.get("number"), summary=item["summary"],
                                      classified=item.get("classified", False), sources=sources))
    fields = {k: v for k, v in raw.items() if k != "points"}
    return MergedPlan(points=points, sources=[i for i, g in golds.items() if g.plan], **fields)


def _conflicts(spec: Spec, golds: dict[str, ArticleExtraction]) -> list[Conflict]:
    ids = list(golds)
    conflicts = []
    for item in spec.get("conflicts", []):
        sources = []
        for source in item["sources"]:
            article_id = _article_id(source["article"], ids)
            sources.append(ConflictSource(article_id=article_id,
                                          outlet=golds[article_id].article.outlet,
                                          says=source["says"]))
        conflicts.append(Conflict(kind=item["kind"], description=item["description"],
                                  sources=sources))
    return conflicts


def build_briefing(spec: Spec, all_golds: dict[str, ArticleExtraction]) -> Briefing:
    ids = [_article_id(prefix, sorted(all_golds)) for prefix in spec["articles"]]
    golds = {i: all_golds[i] for i in ids}
    articles: list[ArticleMeta] = [g.article for g in golds.values()]
    return Briefing(articles=articles, plan=_merged_plan(spec, golds),
                    statements=_merged_statements(spec, golds), stances=_merged_stances(golds),
                    conflicts=_conflicts(spec, golds))


def build_all(src: Path = SRC) -> dict[str, str]:
    """File name in evals/gold → its JSON text, built from the specs."""
    speakers = load_speakers(src)
    golds: dict[str, ArticleExtraction] = {}
    for spec_path in sorted(src.glob("*.toml")):
        if spec_path.name in {SPEAKERS_FILE, BRIEFING_FILE}:
            continue
        golds[spec_path.stem] = build_article(spec_path, speakers)
    files = {f"{i}.json": g.model_dump_json(indent=2) + "\n" for i, g in golds.items()}
    briefing_spec = tomllib.loads((src / BRIEFING_FILE).read_text(encoding="utf-8"))
    files["briefing.json"] = build_briefing(briefing_spec, golds).model_dump_json(indent=2) + "\n"
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="Only check the JSON is up to date.")
    args = parser.parse_args(argv)
    try:
        files = build_all()
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    stale = [n for n, text in files.items()
             if not (GOLD / n).is_file() or (GOLD / n).read_text(encoding="utf-8") != text]
    if args.check:
        for name in stale:
            print(f"out of date: evals/gold/{name}", file=sys.stderr)
        return 1 if stale else 0
    for name in stale:
        (GOLD / name).write_text(files[name], encoding="utf-8")
    print(f"{len(files)} gold files, {len(stale)} rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main())
