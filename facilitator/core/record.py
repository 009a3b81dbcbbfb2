"""`record`: a dataclass whose __repr__, __eq__ and __hash__ are shared functions.

Why: on CPython 3.11 `dataclasses.dataclass` compiles fresh source for each method of each
class at import (six for a frozen one). The day's model has some forty classes, and that
compiling was a tenth of the app's start-up. A record compiles only its __init__ (and, when
frozen, the two attribute guards); equality, hashing and repr read the class's field list
through one `operator.attrgetter`. They behave as the dataclass versions do: same fields
(`compare`, `hash`, `repr` honoured), same text, NotImplemented for other classes, unhashable
when mutable. `dataclasses.fields`, `replace` and `asdict` work as on any dataclass.
"""
from __future__ import annotations

import dataclasses
import reprlib
from operator import attrgetter

__all__ = ["record"]


def record(cls=None, /, *, frozen: bool = False):
    """@record or @record(frozen=True), in place of @dataclass / @dataclass(frozen=True)."""
    def wrap(cls):
        # A class without a docstring gets one from dataclass through inspect.signature, a
        # quarter of its work per class at import; a record's names its fields without it.
        undocumented = not cls.__doc__
        if undocumented:
            cls.__doc__ = cls.__name__
        cls = _finish(dataclasses.dataclass(cls, frozen=frozen, repr=False, eq=False), frozen)
        if undocumented:
            cls.__doc__ = f"{cls.__name__}({', '.join(f.name for f in dataclasses.fields(cls))})"
        return cls

    return wrap if cls is None else wrap(cls)


def _finish(cls, frozen: bool):
    fields = dataclasses.fields(cls)
    own = cls.__dict__
    # A class that writes __eq__ gets __hash__ = None from Python itself: not "its own" hash.
    own_hash = "__hash__" in own and not (own["__hash__"] is None and "__eq__" in own)
    cls.__record_repr__ = _getter([f.name for f in fields if f.repr])
    cls.__record_repr_names__ = tuple(f.name for f in fields if f.repr)
    cls.__record_compare__ = _getter([f.name for f in fields if f.compare])
    cls.__record_hash__ = _getter([f.name for f in fields if (f.compare if f.hash is None else f.hash)])
    if "__repr__" not in own:
        cls.__repr__ = _repr
    if "__eq__" not in own:
        cls.__eq__ = _eq
    if not own_hash:
        cls.__hash__ = _hash if frozen else None
    return cls


def _getter(names: list[str]):
    """A function from an instance to the tuple of those fields' values."""
    if not names:
        return lambda obj: ()
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return attrgetter(*names)


@reprlib.recursive_repr()
def _repr(self) -> str:
    values = type(self).__record_repr__(self)
    inner = ", ".join(f"{name}={value!r}" for name, value in zip(type(self).__record_repr_names__, values))
    return f"{type(self).__qualname__}({inner})"


def _eq(self, other):
    if other.__class__ is self.__class__:
        key = type(self).__record_compare__
        return key(self) == key(other)
    return NotImplemented


def _hash(self) -> int:
    return hash(type(self).__record_hash__(self))
