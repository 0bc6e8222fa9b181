"""What the plan `requires`: a point when it is a demand (an action noun such as an invitation
or a lifting of limits, or allies asked to act), not when it is a condition of the plan's
success (consent, unity, support). An aside may stand between the plan and the verb
(`The plan, Zelensky told lawmakers, requires …`). Invented sentences, with near misses."""

from __future__ import annotations

from conftest import extract_text

PLAN = "Volodymyr Zelensky presented his victory plan to parliament on Wednesday. "


def _points(text: str) -> list[str]:
    plan = extract_text(PLAN + text).plan
    return [p.summary for p in plan.points] if plan else []


def test_what_the_plan_requires_is_a_point_when_it_is_a_demand() -> None:
    assert _points("The plan, Zelensky told lawmakers, requires an immediate invitation to "
                   "join NATO.") == ["immediate invitation to join NATO"]
    assert _points("Zelensky's plan would require the deployment of Western air defence over "
                   "western Ukraine.") == ["deployment of Western air defence over western Ukraine"]
    assert _points("The victory plan also requires Western partners to supply more air defence "
                   "systems.") == ["supply more air defence systems"]
    assert _points("The plan, Zelensky told lawmakers, requires immediate NATO membership.") == [
        "immediate NATO membership"]


def test_a_condition_the_plan_requires_is_no_point() -> None:
    assert _points("The plan requires the consent of all 32 allies.") == []
    assert _points("The plan, Zelensky told lawmakers, requires unity among allies.") == []
    assert _points("The plan requires Western support to succeed.") == []
    assert _points("The plan requires Western backing to work.") == []
    assert _points("The plan requires allies to act quickly.") == []
    # Not this plan: any plan, or the plan named after a critic.
    assert _points("Any peace plan requires the lifting of sanctions, Moscow says.") == []
    assert _points("Critics of the plan say it requires the deployment of troops.") == []
