"""Amounts: a stated value's two ends and its unit as plain numbers, the form extraction compares."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Amount:
    """How much a value states: ``1.5-4.5 mg`` is ``Amount(1.5, 4.5, "mg")``.

    Plain numbers, neither rounded nor widened (``Quantity`` is the interval form). No qualifier
    either: ``>5 mg`` and ``~5 mg`` state the same amount and differ in how it relates to the true
    quantity, which the ``Qualifier`` beside it says; two amounts compare equal by their numbers.
    """

    low: float
    """The low end; the number itself for a single number."""
    high: float
    """The high end; equal to ``low`` for a single number."""
    unit: str
    """The unit in pint syntax (``mg``, ``%``, ``kilogram``), or "" for a bare number or count."""

    @property
    def single(self) -> bool:
        """One number, not a range (``low == high``)."""
        return self.low == self.high
