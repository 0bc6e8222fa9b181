"""A language: the bundle of typed data packs the offline rules read (one per file of
summarizer/data/offline/), and which language is active.

`extract_article(..., language=...)` makes a language active for the duration of one
extraction (a context variable, so concurrent extractions in threads or tasks do not see each
other's); the rules read its typed packs through `language()` (`language().speech.all_verbs`).
Outside an extraction the shipped English packs are active. Everything the rules derive from
the data (indexes, compiled patterns) is cached per language with `per_language`, so a second
language never sees the first one's derived tables.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, fields, replace
from functools import cache, lru_cache, wraps
from importlib.resources.abc import Traversable
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, cast

from summarizer.extract.offline.collector import per_article

if TYPE_CHECKING:
    from summarizer.extract.offline.attribution_pack import AttributionPack
    from summarizer.extract.offline.packs import (
        BoilerplatePack,
        DatesPack,
        GeoPack,
        GrammarPack,
        PeoplePack,
        PlanPack,
        SpeechPack,
        StancePack,
        TextPack,
        TitlesPack,
        TopicsPack,
    )
    from summarizer.extract.offline.places_pack import Places
    from summarizer.extract.offline.salience_pack import Salience
    from summarizer.extract.offline.source_pack import SourcesPack
    from summarizer.extract.offline.stance_indirect import IndirectForms


@dataclass(frozen=True, eq=False)
class Language:
    """One pack per data file (the field name is the file's stem)."""

    name: str
    speech: SpeechPack
    titles: TitlesPack
    people: PeoplePack
    geo: GeoPack
    stance: StancePack
    plan: PlanPack
    text: TextPack
    topics: TopicsPack
    boilerplate: BoilerplatePack
    sources: SourcesPack
    grammar: GrammarPack
    attribution: AttributionPack
    salience: Salience
    stance_indirect: IndirectForms
    places: Places
    dates: DatesPack
    # What per_language functions computed from this language's packs.
    memo: dict[object, Any] = field(default_factory=dict, init=False, repr=False)

    @classmethod
    def load(cls, directory: Traversable, name: str) -> Language:
        """Every pack read from `directory` (one TOML file per pack), validated."""
        from summarizer.extract.offline import packs as p
        from summarizer.extract.offline.attribution_pack import AttributionPack
        from summarizer.extract.offline.pack_base import M, load_file
        from summarizer.extract.offline.places_pack import Places
        from summarizer.extract.offline.salience_pack import load_salience
        from summarizer.extract.offline.source_pack import SourcesPack
        from summarizer.extract.offline.stance_indirect import load_indirect

        def read(model: type[M], stem: str) -> M:
            return load_file(model, directory / f"{stem}.toml")

        return cls(
            name=name, speech=read(p.SpeechPack, "speech"), titles=read(p.TitlesPack, "titles"),
            people=read(p.PeoplePack, "people"), geo=read(p.GeoPack, "geo"),
            stance=read(p.StancePack, "stance"), plan=read(p.PlanPack, "plan"),
            text=read(p.TextPack, "text"), topics=read(p.TopicsPack, "topics"),
            boilerplate=read(p.BoilerplatePack, "boilerplate"),
            sources=read(SourcesPack, "sources"), grammar=read(p.GrammarPack, "grammar"),
            attribution=read(AttributionPack, "attribution"),
            salience=load_salience(directory / "salience.toml"),
            stance_indirect=load_indirect(directory / "stance_indirect.toml"),
            places=read(Places, "places"), dates=read(p.DatesPack, "dates"),
        )

    def replace(self, **changes: object) -> Language:
        """A new language with some packs (or its name) swapped, and none of this one's
        derived tables."""
        return replace(self, **changes)  # type: ignore[arg-type]


def pack_names() -> tuple[str, ...]:
    return tuple(f.name for f in fields(Language) if f.name not in ("name", "memo"))


@cache
def english() -> Language:
    """The shipped packs (summarizer/data/offline/), loaded and validated once per process."""
    from summarizer.extract.offline.pack_base import DATA_DIR

    return Language.load(DATA_DIR, "en")


_ACTIVE: ContextVar[Language | None] = ContextVar("offline_language", default=None)
# The active language or None (English): `active() or english()` is language() without a
# Python call, for the lookups made per word.
active = _ACTIVE.get


def language() -> Language:
    """The language of the extraction under way (English outside one)."""
    return active() or english()


def grammar() -> GrammarPack:
    """The active language's closed word classes (grammar.toml)."""
    return (active() or english()).grammar


@contextmanager
def speaking(lang: Language | None) -> Iterator[Language]:
    """Make `lang` (None: English) the active language inside the block."""
    active = lang or english()
    token = _ACTIVE.set(active)
    try:
        yield active
    finally:
        _ACTIVE.reset(token)


P = ParamSpec("P")
R = TypeVar("R")


def per_language_lru(maxsize: int | None, *, article: bool = False
                     ) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Like functools.lru_cache, with one cache per language (kept on the Language). article:
    its entries hold one article's data, emptied after the extraction (collector.per_article)."""

    def wrap(function: Callable[P, R]) -> Callable[P, R]:
        parameters = inspect.signature(function).parameters.values()
        if not parameters:
            return cast(Callable[P, R], _per_language_value(function))
        kinds = [p.kind for p in parameters]
        if (len(kinds) == 1 and kinds[0] in _POSITIONAL and (maxsize is None or maxsize > 0)
                and all(p.default is p.empty for p in parameters)):
            return cast(Callable[P, R], _per_language_table(function, maxsize, article))

        def bind(memo: dict[object, Any]) -> Callable[..., Any]:
            bound = memo[function] = lru_cache(maxsize)(function)
            if article:
                per_article(bound)
            return bound

        # Called on hot paths (per word): language() inlined, and no call to typing.cast (a
        # Python frame per call) on the way.
        @wraps(function)
        def cached(*args: Any, **kwargs: Any) -> Any:
            memo = (active() or english()).memo
            return (memo.get(function) or bind(memo))(*args, **kwargs)

        # The same without the keyword dict, which a call would otherwise build (empty) every
        # time, for the functions whose parameters all come by position (all of them so far;
        # the rules call them so).
        @wraps(function)
        def positional(*args: Any) -> Any:
            memo = (active() or english()).memo
            return (memo.get(function) or bind(memo))(*args)

        return cast(Callable[P, R], positional) if set(kinds) <= _POSITIONAL else cached

    return wrap


_POSITIONAL = {inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD}


def _per_language_value(function: Callable[[], R]) -> Callable[[], R]:
    """A function of the language alone (no arguments): its value, kept on the language and
    looked up there without an lru_cache call (tables and patterns asked for per word)."""

    # (Returning Any: a typing.cast would be a Python call per lookup.)
    @wraps(function)
    def cached() -> Any:
        memo = (active() or english()).memo
        try:
            return memo[function]
        except KeyError:
            # (setdefault: a thread that computed it first keeps its value, no lock needed)
            return memo.setdefault(function, function())

    return cached


class _Table(dict[Any, Any]):
    """The cache of a one-argument per_language function for one language: a dict, with
    what collector.per_article needs (cache_clear; each table its own member of a weak set,
    so hashed and compared by identity, not by its entries)."""

    cache_clear = dict.clear

    def __hash__(self) -> int:  # type: ignore[override]
        return id(self)

    def __eq__(self, other: object) -> bool:
        return self is other


def _per_language_table(function: Callable[[Any], R], maxsize: int | None,
                        article: bool) -> Callable[[Any], R]:
    """A function of one argument cached per language in a plain dict: a hit is two dict
    lookups, without the lru_cache call (these are asked per word or per sentence). Safe in
    threads without a lock, as every step is one dict operation: a value computed twice by
    two threads is the same value, and setdefault keeps the first. At `maxsize` entries the
    table is emptied rather than the oldest entry dropped (results are the same; the entries
    of one article are far fewer)."""

    def miss(memo: dict[object, Any], arg: Any) -> Any:
        table = memo.get(function)
        if table is None:
            table = memo.setdefault(function, _Table())
            if article:
                per_article(table)
        value = function(arg)
        if maxsize is not None and len(table) >= maxsize:
            table.clear()
        return table.setdefault(arg, value)

    @wraps(function)
    def cached(arg: Any) -> Any:
        memo = (active() or english()).memo
        try:
            return memo[function][arg]
        except KeyError:
            return miss(memo, arg)

    return cached


def per_language(function: Callable[P, R]) -> Callable[P, R]:
    """Like functools.cache, with one cache per language: for anything derived from the data."""
    return per_language_lru(None)(function)
