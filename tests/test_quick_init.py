"""``_perf.quick_init``: a frozen slots dataclass's faster ``__init__`` makes the same instances."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import dataclass, field

import pytest

from factcheck._perf import quick_init
from factcheck.check.anchor import Anchor
from factcheck.corpus.model import Claim, Review
from factcheck.report.findings import Location
from factcheck.report.results import ClaimResult, Status


@dataclass(frozen=True, slots=True)
class _Plain:
    a: int
    b: str = "b"
    c: tuple[int, ...] = ()


@quick_init
@dataclass(frozen=True, slots=True)
class _Quick:
    a: int
    b: str = "b"
    c: tuple[int, ...] = ()


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((1,), {}), ((1, "x"), {}), ((1,), {"c": (2,)}), ((), {"a": 3, "b": "y", "c": (4, 5)})],
)
def test_the_same_fields_defaults_and_keywords(
    args: tuple[object, ...], kwargs: dict[str, object]
) -> None:
    made, expected = _Quick(*args, **kwargs), _Plain(*args, **kwargs)
    assert dataclasses.astuple(made) == dataclasses.astuple(expected)
    assert repr(made).replace("_Quick", "_Plain") == repr(expected)


def test_wrong_arguments_are_refused_as_before() -> None:
    for call in (lambda: _Quick(), lambda: _Quick(1, 2, 3, 4), lambda: _Quick(1, d=2)):
        with pytest.raises(TypeError):
            call()


def test_instances_stay_frozen_hashable_and_picklable() -> None:
    claim = Claim("c1", "s", "t", None, None, "a quote", review=Review.DRAFT, index=4)
    assert claim == Claim("c1", "s", "t", None, None, "a quote", (), (), Review.DRAFT, None, (), 4)
    with pytest.raises(dataclasses.FrozenInstanceError):
        claim.id = "c2"  # type: ignore[misc]
    assert hash(claim) == hash(dataclasses.replace(claim))
    assert dataclasses.replace(claim, id="c2").id == "c2"
    assert pickle.loads(pickle.dumps(claim)) == claim
    location = Location("s", "s.md", (1, 5), 1, 2, 1, 6, focus=(2, 3))
    result = ClaimResult(claim, Status.UNSUPPORTED, location, "t#1")
    assert result.location is location and result.unanchoring is None
    assert Anchor((1, 5), None).focus is None
    assert Claim.__init__.__qualname__ == "Claim.__init__"


def test_other_classes_are_refused() -> None:
    @dataclass(frozen=True)
    class Unslotted:
        a: int

    @dataclass(frozen=True, slots=True)
    class Factory:
        a: list[int] = field(default_factory=list)

    @dataclass(slots=True)
    class Thawed:
        a: int

    for cls in (Unslotted, Factory, Thawed):
        with pytest.raises(TypeError, match="quick_init"):
            quick_init(cls)
