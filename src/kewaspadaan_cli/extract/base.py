"""What every extractor returns: spans of the article text with their evidence."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

_NO_DETAIL: Any = object()


@dataclass(frozen=True, init=False)
class Mention:
    """A span ``text[start:end] == surface`` with its normalised value.

    ``kind`` is one of region, official, title, institution, election, phase, stage, conflict,
    meeting, date, venue, quote, ...; ``canonical`` a Kemendagri code or a vocab.json id.
    """

    kind: str
    start: int
    end: int
    surface: str
    canonical: str | None = None
    modality: str | None = None  # conflicts: "risk" or "fact"
    detail: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __init__(
        self,
        kind: str,
        start: int,
        end: int,
        surface: str,
        canonical: str | None = None,
        modality: str | None = None,
        detail: dict[str, Any] = _NO_DETAIL,
    ) -> None:
        # the fields set in one step: a frozen dataclass's own __init__ sets them one by one through
        # object.__setattr__, at twice the cost (articles make tens of mentions each)
        self.__dict__.update(
            kind=kind,
            start=start,
            end=end,
            surface=surface,
            canonical=canonical,
            modality=modality,
            detail={} if detail is _NO_DETAIL else detail,
        )

    @classmethod
    def at(cls, text: str, kind: str, start: int, end: int, canonical: str | None = None, **kw: Any) -> Mention:
        return cls(kind, start, end, text[start:end], canonical, **kw)


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Span)


def longest_first(spans: Iterable[S]) -> list[S]:
    """Non-overlapping spans, the longest winning where two start together, earlier ones first."""
    chosen: list[S] = []
    last_end = -1
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if span.start >= last_end:
            chosen.append(span)
            last_end = span.end
    return chosen
