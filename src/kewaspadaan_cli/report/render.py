"""Writing the brief as one self-contained HTML file, as Markdown and as PDF, from the same figures.

The order is the reader's: a summary written from the figures, the incidents, one ranked hotspot
table, then the rest. Every id is shown by its label in the brief's language, every place by its
name. Article text (titles, outlets, quotes, URLs) is data, never markup: one line per cell,
escaped for Markdown and HTML, and only http(s) URLs become links (``report.text``).
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from kewaspadaan_cli.errors import ReportError
from kewaspadaan_cli.report.aggregate import Brief
from kewaspadaan_cli.report.i18n import number, texts, vocab_label
from kewaspadaan_cli.report.text import clean_title, lead_title, md_escape, oneline, source_label, web_url

FORMATS = ("html", "md", "pdf")
MAX_HOTSPOTS = 20


def _change(now: int, before: int) -> str:
    diff = now - before
    if before == 0:
        return f"+{diff}" if diff else "0"
    return f"{diff:+d} ({diff / before:+.0%})"


def _link(value: Any) -> dict[str, str | None]:
    """A source as shown: its text (a file by its name) and an href only for http(s)."""
    return {"text": source_label(value), "href": web_url(value)}


def _title(row: dict[str, Any]) -> str:
    """The cleaned headline, else the opening of the text (never a bare "-" for an untitled article)."""
    return clean_title(row.get("title")) or lead_title(row.get("lead")) or "-"


def context(brief: Brief, lang: str, generated: datetime | None = None) -> dict[str, Any]:
    from kewaspadaan_cli.extract.regions import region_name
    from kewaspadaan_cli.report.charts import conflict_chart
    from kewaspadaan_cli.report.officials import people
    from kewaspadaan_cli.report.summary import summarise

    t = texts(lang)

    def label(vocabulary: str, ident: str) -> str:
        return vocab_label(vocabulary, ident, lang)

    figures = [
        {
            "name": t[key],
            "now": now,
            "before": before,
            "avg": number(brief.averages.get(key, 0), lang),
            "change": _change(now, before),
        }
        for key, (now, before) in brief.figures.items()
        if key != "articles"  # copies are counted in the methodology: "stories" is the figure
    ]
    hotspots = [
        {
            "rank": i,
            "name": h["name"],
            "code": h["code"],
            "province": h["province_name"] if "." in h["code"] else "",
            "score": h["score"],
            "incident_articles": h["incident_articles"],
            "risk_articles": h["risk_articles"],
            "trend": h["trend"],
            "new": h["new"],
        }
        for i, h in enumerate(brief.hotspots[:MAX_HOTSPOTS], start=1)
    ]
    conflict_labels = {c: label("conflict", c) for c in set(dict(brief.conflicts)) | set(brief.conflict_avg)}
    caption = t["chart_caption"].format(period=brief.period.label)
    chart = (
        conflict_chart(
            dict(brief.conflicts),
            brief.conflict_avg,
            conflict_labels,
            caption,
            (t["chart_now"], t["chart_avg"]),
            "," if lang == "id" else ".",
        )
        if not brief.empty
        else None
    )
    incidents = [
        {
            "day": i["day"],
            "title": _title(i),
            "where": i.get("region_name") or "-",
            "conflicts": ", ".join(label("conflict", c) for c in i.get("conflicts") or []),
            "links": [_link(x) for x in i.get("links") or []],
        }
        for i in brief.incidents
    ]
    meetings = [
        {
            "date": m["date"],
            "where": m.get("region_name") or "-",
            "type": label("meeting_type", m["meeting_type"]),
            "chair": m.get("chair") or "-",
            "venue": m.get("venue") or "-",
            "institutions": ", ".join(label("institution", x) for x in m.get("institutions") or []) or "-",
            "link": _link(m.get("link")),
        }
        for m in brief.meetings
    ]
    quotes = [
        {"text": q["text"], "speaker": q["speaker"], "title": _title(q), "link": _link(q.get("link"))}
        for q in brief.quotes
    ]
    sources = [
        {
            "day": s["day"],
            "site": s.get("site") or "-",
            "title": _title(s),
            "link": _link(s.get("link")),
            "duplicate": s.get("duplicate"),
        }
        for s in brief.sources
    ]
    undated = [
        {"ingested": u["ingested"], "site": u.get("site") or "-", "title": _title(u), "link": _link(u.get("link"))}
        for u in brief.undated
    ]
    weekly = brief.period.days == 7 and brief.period.start.weekday() == 0
    return {
        "t": t,
        "lang": lang,
        "brief": brief,
        "title": t["title_weekly"] if weekly else t["title"],
        "summary": summarise(brief, lang),
        "figures": figures,
        "hotspots": hotspots,
        "hotspots_more": max(0, len(brief.hotspots) - MAX_HOTSPOTS),
        "scope": ", ".join(region_name(c) for c in brief.scope.all_codes) or t["all_regions"],
        "generated": (generated or datetime.now().astimezone()).strftime("%Y-%m-%d %H:%M %Z").strip(),
        "conflicts": [(conflict_labels[c], n, number(brief.conflict_avg.get(c, 0), lang)) for c, n in brief.conflicts],
        "phases": [(label("phase", p), n) for p, n in brief.phases],
        "stages": [(label("stage", s), n) for s, n in brief.stages],
        "chart": chart,
        "chart_caption": caption,
        "incidents": incidents,
        "meetings": meetings,
        "officials": people(brief.officials),
        "quotes": quotes,
        "sources": sources,
        "undated": undated,
        "method": t["method_text"].format(
            articles=brief.figures.get("articles", (0, 0))[0],
            stories=brief.figures.get("stories", (0, 0))[0],
            dups=brief.duplicates,
            undated=len(brief.undated),
            lexicons=", ".join(brief.lexicons) or "-",
        ),
    }


def _env(fmt: str) -> Any:
    import jinja2
    from markupsafe import Markup

    def finalize_md(value: Any) -> Any:
        # every printed value is text: escaped unless the template marked it as Markdown on purpose
        return value if isinstance(value, Markup) else md_escape(value)

    def finalize_html(value: Any) -> Any:
        return value if isinstance(value, Markup) or not isinstance(value, str) else oneline(value)

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("kewaspadaan_cli.report", "templates"),
        autoescape=fmt == "html",
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        finalize=finalize_md if fmt == "md" else finalize_html,
    )

    def md_link(link: dict[str, str | None]) -> Markup:
        """A source in Markdown: an autolink for http(s) (``|`` encoded for the table), else escaped text."""
        if link["href"]:
            return Markup("<" + link["href"].replace("|", "%7C") + ">")
        return Markup(md_escape(link["text"]))

    env.filters["mdlink"] = md_link
    return env


def md_cell(value: Any) -> str:
    """Text safe inside a Markdown table cell (and free of raw HTML, links and images)."""
    return md_escape(value)


def render(brief: Brief, fmt: str, lang: str = "id", generated: datetime | None = None, for_print: bool = False) -> str:
    """The brief as HTML or Markdown text (PDF: ``render_pdf``); ``for_print`` leaves out screen-only CSS."""
    if fmt not in ("html", "md"):
        raise ReportError(f"unknown format {fmt!r}; use html, md or pdf (or several: html,md,pdf)")
    if lang not in ("id", "en"):
        raise ReportError(f"unknown language {lang!r}; use id or en")
    ctx = context(brief, lang, generated) | {"for_print": for_print}
    return _env(fmt).get_template(f"brief.{fmt}.j2").render(**ctx)


def render_pdf(brief: Brief, lang: str = "id", generated: datetime | None = None) -> bytes:
    """The brief as an A4 PDF: the HTML brief laid out by WeasyPrint (print styles, page numbers)."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # OSError: the Pango libraries are missing
        raise ReportError(
            f"PDF needs WeasyPrint and its Pango libraries ({exc}); on Debian: apt-get install libpango-1.0-0 "
            "libpangoft2-1.0-0, or use --format html,md"
        ) from None
    return bytes(HTML(string=render(brief, "html", lang, generated, for_print=True)).write_pdf())


def write_report(brief: Brief, out_dir: Path, formats: list[str], lang: str = "id") -> list[Path]:
    """Write the brief in each format; returns the paths written (atomically, temp file then rename)."""
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise ReportError(f"unknown format {(bad or [''])[0]!r}; use html, md or pdf (or several: html,md,pdf)")
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"brief-{brief.period.start.isoformat()}_{brief.period.end.isoformat()}"
    if brief.scope.code:
        stem += f"-{brief.scope.code}"
    stem += f"-{lang}"
    generated = datetime.now().astimezone()
    written = []
    for fmt in formats:
        path = out_dir / f"{stem}.{fmt}"
        tmp = path.with_suffix(path.suffix + ".tmp")
        try:
            if fmt == "pdf":
                tmp.write_bytes(render_pdf(brief, lang, generated))
            else:
                tmp.write_text(render(brief, fmt, lang, generated), encoding="utf-8")
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        written.append(path)
    return written
