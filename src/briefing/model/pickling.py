"""How the model's records pickle: the build cache holds millions of them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from operator import attrgetter
from typing import Any, TypeVar

Record = TypeVar("Record", bound=type)


def field_values(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    """A function giving a record's field values, in order, as one tuple."""
    names = tuple(f.name for f in fields(cls))
    if len(names) < 2:  # attrgetter gives a tuple for two names or more
        return lambda record: tuple(getattr(record, name) for name in names)
    return attrgetter(*names)


def pickled_as_call(cls: Record) -> Record:
    """Pickle a slotted record as a call of its class with its fields' values.

    The build cache holds millions of these. Dataclasses pickle slotted
    records through a __setstate__ written in Python that looks up the fields
    for each record, which made reading the cache twice as slow.
    """
    values = field_values(cls)

    def __reduce__(self: object) -> tuple[type, tuple[Any, ...]]:
        return cls, values(self)

    # mypy takes cls.__reduce__ for the class object's own bound method, which takes no
    # argument: set on the class, the function is its instances' method, as in its body.
    cls.__reduce__ = __reduce__  # type: ignore[method-assign, assignment]
    return cls
