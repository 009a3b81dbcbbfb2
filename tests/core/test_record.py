"""`record` behaves as the dataclass it replaces: same repr text, equality, hashing and
dataclass functions, for frozen and mutable classes and fields with their options."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import pytest

from facilitator.core.record import record


def _pair(frozen: bool):
    def body(cls_name):
        ns = {"__annotations__": {"a": "int", "b": "str", "c": "list", "d": "float"},
              "b": "x", "c": field(default_factory=list), "d": field(default=0.5, repr=False, compare=False)}
        return type(cls_name, (), ns)
    return dataclass(frozen=frozen)(body("Thing")), record(frozen=frozen)(body("Thing"))


@pytest.mark.parametrize("frozen", [True, False])
def test_same_repr_eq_and_fields_as_a_dataclass(frozen):
    plain, rec = _pair(frozen)
    for args in [(1,), (2, "y", [1, 2], 9.0)]:
        assert repr(rec(*args)) == repr(plain(*args))
        assert (rec(*args) == rec(*args)) is True
    assert rec(1, d=1.0) == rec(1, d=2.0)  # compare=False is left out, as in a dataclass
    assert rec(1) != rec(2)
    assert rec(1).__eq__(plain(1)) is NotImplemented
    assert [f.name for f in dataclasses.fields(rec)] == ["a", "b", "c", "d"]
    assert dataclasses.replace(rec(1), b="z").b == "z"
    assert dataclasses.asdict(rec(1, c=[3])) == {"a": 1, "b": "x", "c": [3], "d": 0.5}


def test_frozen_records_hash_as_dataclasses_and_refuse_writes():
    @record(frozen=True)
    class Point:
        x: int
        y: int = 0

    @dataclass(frozen=True)
    class Plain:
        x: int
        y: int = 0

    assert hash(Point(1, 2)) == hash(Plain(1, 2)) == hash((1, 2))
    assert {Point(1, 2), Point(1, 2)} == {Point(1, 2)}
    with pytest.raises(dataclasses.FrozenInstanceError):
        Point(1).x = 3


def test_mutable_records_are_unhashable_and_keep_their_own_methods():
    @record
    class Box:
        n: int

        def __repr__(self) -> str:
            return f"Box#{self.n}"

    with pytest.raises(TypeError):
        hash(Box(1))
    assert repr(Box(3)) == "Box#3"


def test_a_record_that_holds_itself_repr_does_not_recurse():
    @record
    class Node:
        child: object = None

    n = Node()
    n.child = n
    assert repr(n).endswith(".Node(child=...)")


def test_a_record_keeps_its_docstring_or_gets_one_naming_its_fields():
    @record
    class Said:
        """What the facilitator wrote."""
        a: int

    @record(frozen=True)
    class Unsaid:
        a: int
        b: str = ""

    assert Said.__doc__ == "What the facilitator wrote."
    assert Unsaid.__doc__ == "Unsaid(a, b)"
