"""The brief's opening paragraph: three to six sentences written from its figures, in id and en.

Every number in the summary is one of the brief's own figures (``aggregate.Brief``), so the
summary can be checked against the tables below it.
"""

from __future__ import annotations

from typing import Any

from kewaspadaan_cli.report.aggregate import Brief
from kewaspadaan_cli.report.i18n import labels, number, vocab_label
from kewaspadaan_cli.report.text import clean_title, lead_title

TOP_HOTSPOTS = 3
SERIOUS = 2

_S = {
    "id": {
        "empty": "Tidak ada artikel bertanggal pada periode ini untuk wilayah yang dipilih.",
        "volume": "Periode ini tercatat {stories} berita, {incidents} insiden dan {meetings} kegiatan pencegahan.",
        "trend": "Insiden {verb} dibanding periode sebelumnya ({before}) dan rata-rata empat periode ({avg}).",
        "up": "naik",
        "down": "turun",
        "same": "sama",
        "conflict": "Jenis konflik yang paling meningkat: {label} ({now} artikel; rata-rata {avg}).",
        "top": "Titik rawan tertinggi: {places}.",
        "place": "{name} ({province}, skor {score}{new})",
        "place_province": "{name} (skor {score}{new})",
        "new_mark": ", baru",
        "new": "Wilayah lain yang sebelumnya tenang kini muncul: {places}.",
        "serious": "Insiden paling serius: {items}.",
        "incident": "{title} ({where}, {day})",
        "undated": "{n} artikel tanpa tanggal didaftar terpisah dan tidak dihitung.",
        "and": "dan",
    },
    "en": {
        "empty": "No dated articles in this period for the selected scope.",
        "volume": "This period counts {stories} stories, {incidents} incidents and {meetings} prevention activities.",
        "trend": "Incidents {verb} against the previous period ({before}) and the four-period average ({avg}).",
        "up": "rose",
        "down": "fell",
        "same": "held level",
        "conflict": "The conflict type rising most: {label} ({now} articles; average {avg}).",
        "top": "Top hotspots: {places}.",
        "place": "{name} ({province}, score {score}{new})",
        "place_province": "{name} (score {score}{new})",
        "new_mark": ", new",
        "new": "Other regions quiet before now appear: {places}.",
        "serious": "Most serious incidents: {items}.",
        "incident": "{title} ({where}, {day})",
        "undated": "{n} undated articles are listed apart and not counted.",
        "and": "and",
    },
}


def _join(items: list[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {_S[lang]['and']} " + items[-1]


def _verb(now: float, ref: float, lang: str) -> str:
    return _S[lang]["up" if now > ref else "down" if now < ref else "same"]


def _place(h: dict[str, Any], lang: str) -> str:
    s = _S[lang]
    new = s["new_mark"] if h["new"] else ""
    if "." not in h["code"]:
        return s["place_province"].format(name=h["name"], score=h["score"], new=new)
    return s["place"].format(name=h["name"], province=h["province_name"], score=h["score"], new=new)


def severity(conflicts: list[str] | None) -> int:
    """How serious an incident reads from its conflict types (``labels.json`` conflict_severity)."""
    scale = labels().get("conflict_severity", {})
    return max((int(scale.get(c, 1)) for c in conflicts or []), default=0)


def serious_incidents(brief: Brief, n: int = SERIOUS) -> list[dict[str, Any]]:
    """The incidents that read most serious: by severity, then number of sources, then date."""
    ranked = sorted(
        brief.incidents,
        key=lambda i: (-severity(i.get("conflicts")), -len(i.get("links") or []), str(i.get("day")), i["article_id"]),
    )
    return ranked[:n]


def summarise(brief: Brief, lang: str) -> list[str]:
    """Three to six sentences on what rose or fell, where, and the most serious incidents."""
    s = _S[lang]
    if brief.empty:
        out = [s["empty"]]
        if brief.undated:
            out.append(s["undated"].format(n=len(brief.undated)))
        return out
    f, avg = brief.figures, brief.averages
    out = [s["volume"].format(stories=f["stories"][0], incidents=f["incidents"][0], meetings=f["meetings"][0])]
    now, before, mean = f["incidents"][0], f["incidents"][1], avg.get("incidents", 0.0)
    v1, v2 = _verb(now, before, lang), _verb(now, mean, lang)
    if v1 == v2:
        out.append(s["trend"].format(verb=v1, before=before, avg=number(mean, lang)))
    else:
        out.append(
            {
                "id": f"Insiden {v1} dibanding periode sebelumnya ({before}) tetapi {v2} dibanding rata-rata "
                f"empat periode ({number(mean, lang)}).",
                "en": f"Incidents {v1} against the previous period ({before}) but {v2} against the four-period "
                f"average ({number(mean, lang)}).",
            }[lang]
        )
    rising = sorted(
        ((c, n, brief.conflict_avg.get(c, 0.0)) for c, n in brief.conflicts),
        key=lambda x: (-(x[1] - x[2]), -x[1], x[0]),
    )
    if rising and rising[0][1] > rising[0][2]:
        c, n, a = rising[0]
        out.append(s["conflict"].format(label=vocab_label("conflict", c, lang), now=n, avg=number(a, lang)))
    if brief.hotspots:
        out.append(s["top"].format(places=_join([_place(h, lang) for h in brief.hotspots[:TOP_HOTSPOTS]], lang)))
    shown = {h["code"] for h in brief.hotspots[:TOP_HOTSPOTS]}
    new = [h for h in brief.hotspots if h["new"] and h["code"] not in shown]
    if new:
        out.append(s["new"].format(places=_join([h["name"] for h in new[:TOP_HOTSPOTS]], lang)))
    serious = serious_incidents(brief)
    if serious and len(out) < 6:
        items = [
            s["incident"].format(
                title=clean_title(i.get("title")) or lead_title(i.get("lead")) or "-",
                where=i.get("region_name") or "-",
                day=i.get("day"),
            )
            for i in serious
        ]
        out.append(s["serious"].format(items="; ".join(items)))
    return out[:6]
