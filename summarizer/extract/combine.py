"""Combine the results of an article's chunks into one extraction (overlaps counted once)."""

from __future__ import annotations

from summarizer.schemas import CountryStance, Statement, VictoryPlan


def combine_chunks(
    plans: list[VictoryPlan], statements: list[Statement], stances: list[CountryStance]
) -> tuple[VictoryPlan | None, list[Statement], list[CountryStance]]:
    return _combine_plans(plans), _dedupe_statements(statements), _combine_stances(stances)


def _dedupe_statements(statements: list[Statement]) -> list[Statement]:
    seen: set[tuple[str, tuple[tuple[int, int], ...]]] = set()
    out: list[Statement] = []
    for st in sorted(statements, key=lambda s: s.spans[0] if s.spans else (0, 0)):
        key = (st.kind, tuple(st.spans))
        if key in seen:
            continue
        seen.add(key)
        out.append(st.model_copy(update={"id": f"s{len(out) + 1}"}))
    return out


def _combine_stances(stances: list[CountryStance]) -> list[CountryStance]:
    by_country: dict[str, CountryStance] = {}
    for stance in stances:
        known = by_country.get(stance.country)
        if known is None:
            by_country[stance.country] = stance
            continue
        evidence = known.evidence + [e for e in stance.evidence if e not in known.evidence]
        actors = known.actors + [a for a in stance.actors if a not in known.actors]
        # Overlapping chunks can see the same country twice; a definite position beats 'unclear'.
        position = stance.position if known.position == "unclear" else known.position
        by_country[stance.country] = known.model_copy(
            update={"evidence": evidence, "actors": actors, "position": position}
        )
    return list(by_country.values())


def _combine_plans(plans: list[VictoryPlan]) -> VictoryPlan | None:
    if not plans:
        return None
    first = plans[0]
    points = list(first.points)
    aims = list(first.stated_aims)
    for plan in plans[1:]:
        known = {p.summary.casefold() for p in points}
        points.extend(p for p in plan.points if p.summary.casefold() not in known)
        aims.extend(a for a in plan.stated_aims if a not in aims)
    fill = {
        field: next((getattr(p, field) for p in plans if getattr(p, field) is not None), None)
        for field in ("presented_by", "presented_on", "venue", "classified_annexes")
    }
    return first.model_copy(update={"points": points, "stated_aims": aims, **fill})
