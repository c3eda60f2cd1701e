"""Which written forms of each province and kabupaten/kota the extractor recognises today.

For every province and kabupaten/kota of ``lexicons/regions.tsv`` the script writes the forms people
use (the official name, "Kabupaten/Kab./Kota/Provinsi X", the aliases of ``region_aliases.tsv``, the
spacing and hyphen variants and the common misspellings of the admin words) into short synthetic
sentences, runs the project's gazetteer (``extract.regions.find_regions``) on them, and reports the
forms that do not come back as that region:

    .venv/bin/python scripts/check_region_names.py            # the gaps, then a summary
    .venv/bin/python scripts/check_region_names.py --all      # every form, recognised or not
    .venv/bin/python scripts/check_region_names.py --code 72.09

Each form is tried in two sentences: a place ("Rapat digelar di {form}, Senin.") and an office whose
name the region completes ("Kapolres/Bupati {form}" for a kabupaten, "Wali Kota {form}" for a kota,
"Gubernur {form}" for a province). A form answers ``ok`` when the region comes back in both,
``shared`` when a bare name that another region also carries resolves to that one by design (a bare
"Malang" is the kota; "Bupati Malang" is the kabupaten), ``weak`` when a weak alias counts only with a
cue, and ``GAP`` otherwise. Regions with no alias at all (only their official name) are listed too:
a short form the press uses may be missing there.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass

from kewaspadaan_cli.extract.regions import Region, _name_variants, _variants, find_regions, gazetteer
from kewaspadaan_cli.lexicons import read_rows

# misspellings of the admin words that real text has (and the old "Kotamadya")
KAB_SPELLINGS = ("Kabupten", "Kabuapten", "Kabupatan", "Kabupeten")
KOTA_SPELLINGS = ("Kotamadya", "Kodya")
PROV_SPELLINGS = ("Propinsi", "Prop.", "Provinsi")


@dataclass
class Check:
    code: str
    form: str
    kind: str  # official, alias, variant, misspelling
    place: str  # what "di {form}" gave
    office: str  # what the office sentence gave
    verdict: str


def _office(r: Region) -> str:
    if r.type == "provinsi":
        return "Gubernur {form} membuka rapat."
    if r.type == "kota":
        return "Wali Kota {form} membuka rapat."
    return "Bupati {form} membuka rapat."


def _found(sentence: str) -> list[str]:
    return [m.canonical for m in find_regions(sentence) if m.canonical and m.canonical.count(".") <= 1]


def _spacing_variants(name: str) -> set[str]:
    """The spacing and hyphen variants real text has ("Tanjung Pinang", "Bau-Bau", "Tojo Unauna"), as the
    gazetteer derives them: the check is that each still comes back as this region and no other."""
    return {v for n in _name_variants(name) for v in _variants(n)} - {name}


def forms_of(r: Region, aliases: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str]]:
    """(form, kind) for one region: official forms, aliases, spacing variants, misspelt admin words."""
    out: list[tuple[str, str]] = []
    if r.type == "provinsi":
        out += [(r.name, "official"), (f"Provinsi {r.name}", "official"), (f"Prov. {r.name}", "official")]
        out += [(f"{p} {r.name}", "misspelling") for p in PROV_SPELLINGS if p != "Provinsi"]
    elif r.type == "kabupaten":
        out += [(r.bare, "official"), (f"Kabupaten {r.bare}", "official"), (f"Kab. {r.bare}", "official")]
        out += [(f"{p} {r.bare}", "misspelling") for p in KAB_SPELLINGS]
    else:
        out += [(r.bare, "official"), (f"Kota {r.bare}", "official")]
        out += [(f"{p} {r.bare}", "misspelling") for p in KOTA_SPELLINGS]
    out += [(v, "variant") for v in sorted(_spacing_variants(r.bare))]
    out += [(a, "alias" if note != "capital" else "capital") for a, note in aliases.get(r.code, [])]
    seen: set[str] = set()
    return [(f, k) for f, k in out if not (f in seen or seen.add(f))]  # type: ignore[func-returns-value]


def check_region(r: Region, aliases: dict[str, list[tuple[str, str]]], weak: set[str]) -> list[Check]:
    gz = gazetteer()
    out: list[Check] = []
    for form, kind in forms_of(r, aliases):
        if kind == "capital":
            continue  # a capital town names no region (annotation guide): it only points to one
        place = _found(f"Rapat digelar di {form}, Senin.")
        office = _found(_office(r).format(form=form))
        p = ",".join(place) or "-"
        o = ",".join(office) or "-"
        if r.code in place and r.code in office:
            verdict = "ok"
        elif r.code in office and place:
            verdict = "shared"  # the place sentence picked another region carrying the same bare name
        elif form.lower() in gz.weak and r.code in office:
            verdict = "weak"
        elif r.code in office or r.code in place:
            verdict = "partial"
        else:
            verdict = "GAP"
        out.append(Check(r.code, form, kind, p, o, verdict))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--all", action="store_true", help="list every form, not only the gaps")
    ap.add_argument("--code", help="only this region (and its forms)")
    ap.add_argument("--kind", help="only forms of this kind (official, alias, variant, misspelling)")
    args = ap.parse_args(argv)
    gz = gazetteer()
    aliases: dict[str, list[tuple[str, str]]] = {}
    for row in read_rows("region_aliases.tsv"):
        aliases.setdefault(row["code"], []).append((row["alias"], (row.get("note") or "").strip()))
    regions = [r for r in gz.regions.values() if r.level <= 1 and (not args.code or r.code == args.code)]
    verdicts: Counter[tuple[str, str]] = Counter()
    no_alias: list[Region] = []
    out = sys.stdout
    for r in sorted(regions, key=lambda r: [int(p) for p in r.code.split(".")]):
        checks = check_region(r, aliases, gz.weak)
        if not any(k for _, k in aliases.get(r.code, []) if k != "capital") and not aliases.get(r.code):
            no_alias.append(r)
        for c in checks:
            verdicts[(c.kind, c.verdict)] += 1
            if args.kind and c.kind != args.kind:
                continue
            if args.all or c.verdict in {"GAP", "partial"}:
                out.write(f"{c.code}\t{r.name}\t{c.kind}\t{c.form}\t{c.verdict}\tdi:{c.place}\toffice:{c.office}\n")
    out.write("\n# summary (kind, verdict, forms)\n")
    for (kind, verdict), n in sorted(verdicts.items()):
        out.write(f"# {kind}\t{verdict}\t{n}\n")
    out.write(f"# regions without any alias row: {len(no_alias)} of {len(regions)}\n")
    if args.all:
        for r in no_alias:
            out.write(f"#   {r.code}\t{r.name}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
