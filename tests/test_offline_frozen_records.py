"""Sentence, Paragraph and Quote built by quick_init's __init__ are the frozen dataclasses they
were: equal and hashed by their fields, immutable, replaceable, printable, picklable."""

from __future__ import annotations

import copy
import pickle
from dataclasses import FrozenInstanceError, asdict, dataclass, field, replace

import pytest

from summarizer.extract.offline.document import Paragraph, Sentence
from summarizer.extract.offline.frozen import quick_init
from summarizer.extract.offline.quotes import Quote

RECORDS = [
    Sentence(0, 10, 1),
    Paragraph(3, 40, "content"),
    Quote(((1, 5), (8, 9)), 0, 10, 2, 3),
    Quote(pieces=((1, 5),), open_at=None, close_at=None, para=0, last_para=0),
]


@dataclass(frozen=True)
class _Plain:
    """Sentence as the dataclass generates it, for comparison."""

    start: int
    end: int
    para: int


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_equal_hashed_and_printed_by_fields(record: object) -> None:
    twin = copy.copy(record)
    assert twin == record and hash(twin) == hash(record)
    assert replace(record) == record  # type: ignore[type-var]
    assert pickle.loads(pickle.dumps(record)) == record
    assert repr(record).startswith(f"{type(record).__name__}(")
    assert list(asdict(record)) == list(vars(record))  # type: ignore[call-overload]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_immutable(record: object) -> None:
    name = next(iter(vars(record)))
    with pytest.raises(FrozenInstanceError):
        setattr(record, name, 99)
    with pytest.raises(FrozenInstanceError):
        delattr(record, name)


def test_same_as_the_generated_init() -> None:
    fast, plain = Sentence(4, 9, 2), _Plain(4, 9, 2)
    assert vars(fast) == vars(plain)
    assert hash(fast) == hash(plain)  # the same field tuple hashed
    assert Sentence(4, 9, 2) != Sentence(4, 9, 3)
    assert Sentence(start=4, end=9, para=2) == fast
    with pytest.raises(TypeError):
        Sentence(4, 9)  # type: ignore[call-arg]
    assert Quote(((1, 2),), 0, 3, 0, 0).outer_end == 4  # properties read the fields


def test_refuses_what_it_cannot_build() -> None:
    with pytest.raises(TypeError):
        @quick_init
        @dataclass
        class Mutable:
            a: int

    with pytest.raises(TypeError):
        @quick_init
        @dataclass(frozen=True)
        class Defaulted:
            a: int
            b: list[int] = field(default_factory=list)
