"""A cheaper constructor for the small frozen dataclasses made by the dozen per article
(sentences, paragraphs, quotes).

A frozen dataclass's generated __init__ sets every field through object.__setattr__ (a global
lookup, an attribute lookup and a call per field), since its own __setattr__ refuses. Writing
the fields straight into the new instance's __dict__ stores the same values for about half the
cost. Everything else the dataclass generated (eq, hash, repr, the refusing __setattr__ and
__delattr__, replace, pickling) is left as it was.
"""

from __future__ import annotations

from dataclasses import MISSING, fields, is_dataclass
from types import FunctionType
from typing import TypeVar

T = TypeVar("T")


def quick_init(cls: type[T]) -> type[T]:
    """Give a frozen dataclass (no defaults, no __post_init__, no __slots__) an __init__ of the
    same signature that stores the fields in the instance's __dict__. Apply it above
    @dataclass(frozen=True)."""
    params = getattr(cls, "__dataclass_params__", None)
    if not is_dataclass(cls) or params is None or not params.frozen:
        raise TypeError(f"{cls.__name__}: quick_init is for frozen dataclasses")
    if hasattr(cls, "__post_init__") or "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__}: quick_init takes no __post_init__ or __slots__")
    names = [f.name for f in fields(cls) if f.init]
    if len(names) != len(fields(cls)) or any(
            f.default is not MISSING or f.default_factory is not MISSING for f in fields(cls)):
        raise TypeError(f"{cls.__name__}: quick_init takes fields without defaults only")
    stores = "".join(f"    d[{name!r}] = {name}\n" for name in names)
    source = f"def __init__(self, {', '.join(names)}):\n    d = self.__dict__\n{stores}"
    namespace: dict[str, FunctionType] = {}
    exec(source, {}, namespace)  # (as dataclasses does; built from the field names only)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__annotations__ = {**{f.name: f.type for f in fields(cls)}, "return": None}
    setattr(cls, "__init__", init)  # noqa: B010 (mypy refuses an assignment to __init__)
    return cls
