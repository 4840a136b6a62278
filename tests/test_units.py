"""Units: pint behind a cache; any unit text gives a converter or a UnitError, never a crash."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.values.units import UnitError, Units

UNITS = Units()


@pytest.mark.parametrize(
    ("source", "target", "value", "expected"),
    [
        ("µg", "mg", 1500, 1.5),
        ("%", None, 30, 0.3),
        ("week", "day", 2, 14),
        ("KiB", "KB", 1, 1.024),
        ("h", "min", 1.5, 90),
        (None, "mg", 4.5, 4.5),
        ("degC", "degF", 100, 212),
        # pint names base units with spaced powers; extract converts from those names.
        ("mole / meter ** 3", "mmol/L", 1, 1),
        ("m ** -1", "1/cm", 100, 1),
    ],
)
def test_conversions(source: str | None, target: str | None, value: float, expected: float) -> None:
    assert UNITS.converter(source, target)(value) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("unit", "target", "message"),
    [
        ("blorps", "mg", "unknown unit 'blorps'"),
        ("mg/", "mg", "unknown unit 'mg/'"),
        ("mg", "week", "unit 'mg' cannot convert to 'week'"),
        ("mg", None, "unit 'mg' cannot convert to 'a plain number'"),
    ],
)
def test_bad_units(unit: str, target: str | None, message: str) -> None:
    with pytest.raises(UnitError, match=message):
        UNITS.converter(unit, target)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="mgµkKiBs%/*^()+-.0123456789 hdayweekpercentdegCF", min_size=1, max_size=12)
)
def test_any_unit_text_converts_or_raises_unit_error(unit: str) -> None:
    try:
        UNITS.check(unit)
        UNITS.converter(unit, "mg")
    except UnitError:
        pass
