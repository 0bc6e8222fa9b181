"""What a batch cost: tokens at the Batch API's price (the `batch_*` columns of prices.toml)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from summarizer.schemas import Usage


@cache
def _batch_prices() -> dict[str, tuple[float, float]]:
    text = resources.files("summarizer").joinpath("data/prices.toml").read_text(encoding="utf-8")
    models = tomllib.loads(text).get("models", {})
    return {
        name: (float(row["batch_input_per_mtok"]), float(row["batch_output_per_mtok"]))
        for name, row in models.items()
        if "batch_input_per_mtok" in row and "batch_output_per_mtok" in row
    }


def batch_cost(model: str, usage: Usage) -> float | None:
    """Dollar estimate at the batch price; None for models the table gives no batch price."""
    price = _batch_prices().get(model)
    if price is None:
        return None
    cost = usage.prompt_tokens * price[0] + usage.completion_tokens * price[1]
    return round(cost / 1_000_000, 6)
