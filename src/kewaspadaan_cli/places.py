"""Regions as the analyst writes them: a Kemendagri code or a name, for ``--province`` and ``--region``.

"Kalimantan Utara", "kaltara", "65", "Kab. Malinau", "Malinau" and "65.02" all resolve; several
values may be given (the option repeated, or separated by commas). An unknown value is an error
that names the nearest regions; a name two regions share ("Bima": the kabupaten and the kota) is
an error that names both, so the analyst picks one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kewaspadaan_cli.errors import UsageError

_CODE = re.compile(r"^\d{2}(?:\.\d{2}(?:\.\d{2})?)?$")
SUGGESTIONS = 3


def _levels(kind: str) -> set[int]:
    # a province is level 0; a region a kabupaten/kota (1) or, narrower, a kecamatan (2)
    return {0} if kind == "province" else {1, 2}


def _label(code: str) -> str:
    from kewaspadaan_cli.extract.regions import gazetteer

    r = gazetteer().regions[code]
    return f"{r.name} ({code})"


def split_values(values: Iterable[str] | None) -> list[str]:
    """Repeated and comma-separated values, each stripped, empties dropped, in order, once each."""
    out: list[str] = []
    for v in values or []:
        out += [p.strip() for p in v.split(",") if p.strip()]
    return list(dict.fromkeys(out))


def resolve(value: str, kind: str) -> str:
    """One region's code from its code or name; ``kind`` is ``province`` or ``region``."""
    from kewaspadaan_cli.extract.regions import gazetteer

    gz = gazetteer()
    levels = _levels(kind)
    option = f"--{kind}"
    if _CODE.match(value):
        r = gz.regions.get(value)
        if r is not None and r.level in levels:
            return value
        if r is not None:
            other = "--region" if kind == "province" else "--province"
            raise UsageError(f"{option} {value!r} is {r.name}, a {r.type}: give it with {other}")
        raise UsageError(f"{option} {value!r} is no Kemendagri {kind} code{_suggest(value, levels)}")
    forms = gz.forms.get(" ".join(value.split()).lower(), set())
    codes = sorted({code for code, how in forms if how != "kecamatan-name" and gz.regions[code].level in levels})
    if len(codes) == 1:
        return codes[0]
    if len(codes) > 1:
        options = ", ".join(_label(c) for c in codes)
        raise UsageError(f"{option} {value!r} names several regions: {options}; give its full name or code")
    raise UsageError(f"{option} {value!r} is no {kind} known to kwd{_suggest(value, levels)}")


def _suggest(value: str, levels: set[int]) -> str:
    from rapidfuzz import fuzz, process

    from kewaspadaan_cli.extract.regions import gazetteer

    gz = gazetteer()
    if _CODE.match(value):
        near = sorted(c for c, r in gz.regions.items() if r.level in levels and c.startswith(value[:2]))[:SUGGESTIONS]
    else:
        names = {r.name: c for c, r in gz.regions.items() if r.level in levels and r.level < 2}
        names |= {r.bare: c for c, r in gz.regions.items() if r.level in levels and r.level < 2}
        found = process.extract(value, list(names), scorer=fuzz.WRatio, limit=SUGGESTIONS * 3, score_cutoff=70)
        near = list(dict.fromkeys(names[name] for name, _, _ in found))[:SUGGESTIONS]
    return f"; did you mean {', '.join(_label(c) for c in near)}?" if near else ""


def resolve_all(provinces: Iterable[str] | None, regions: Iterable[str] | None) -> tuple[str, ...]:
    """The codes of every ``--province`` and ``--region`` value, in order, once each."""
    codes = [resolve(v, "province") for v in split_values(provinces)]
    codes += [resolve(v, "region") for v in split_values(regions)]
    return tuple(dict.fromkeys(codes))
