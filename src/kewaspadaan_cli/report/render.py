"""Writing the brief as one self-contained HTML file and as Markdown, from the same figures."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from kewaspadaan_cli.errors import ReportError
from kewaspadaan_cli.report.aggregate import Brief
from kewaspadaan_cli.report.i18n import texts, vocab_label

FORMATS = ("html", "md")


def _change(now: int, before: int) -> str:
    diff = now - before
    if before == 0:
        return f"+{diff}" if diff else "0"
    return f"{diff:+d} ({diff / before:+.0%})"


def context(brief: Brief, lang: str) -> dict[str, Any]:
    from kewaspadaan_cli.extract.regions import region_name
    from kewaspadaan_cli.report.charts import conflict_chart

    t = texts(lang)
    label = {c: vocab_label("conflict", c, lang) for c in brief.conflict_weeks} | {
        c: vocab_label("conflict", c, lang) for c, _ in brief.conflicts
    }
    figures = [
        {"name": t[key], "now": now, "before": before, "change": _change(now, before)}
        for key, (now, before) in brief.figures.items()
    ]
    provinces: dict[str, list[dict[str, Any]]] = {}
    for h in brief.hotspots:
        provinces.setdefault(h["province_name"], []).append(h)
    chart = (
        conflict_chart(brief.week_labels, brief.conflict_weeks, label, t["chart_caption"]) if not brief.empty else None
    )
    return {
        "t": t,
        "lang": lang,
        "brief": brief,
        "figures": figures,
        "provinces": provinces,
        "scope": region_name(brief.scope.code) if brief.scope.code else t["all_regions"],
        "generated": datetime.now().strftime("%Y-%m-%d %H:%M"),
        "conflicts": [(label.get(c, c), n) for c, n in brief.conflicts],
        "phases": [(vocab_label("phase", p, lang), n) for p, n in brief.phases],
        "stages": [(vocab_label("stage", s, lang), n) for s, n in brief.stages],
        "chart": chart,
        "conflict_label": lambda c: label.get(c, vocab_label("conflict", c, lang)),
        "meeting_label": lambda m: vocab_label("meeting_type", m, lang),
        "method": t["method_text"].format(
            articles=brief.figures.get("articles", (0, 0))[0],
            stories=brief.figures.get("stories", (0, 0))[0],
            dups=brief.duplicates,
            undated=len(brief.undated),
            lexicons=", ".join(brief.lexicons) or "-",
        ),
    }


def _env(autoescape: bool) -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("kewaspadaan_cli.report", "templates"),
        autoescape=autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def md_cell(value: Any) -> str:
    """Text safe inside a Markdown table cell (and free of raw HTML)."""
    s = "" if value is None else str(value)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace("|", "\\|").replace("\n", " ")


def render(brief: Brief, fmt: str, lang: str = "id") -> str:
    if fmt not in FORMATS:
        raise ReportError(f"unknown format {fmt!r}; use html, md or both (html,md)")
    if lang not in ("id", "en"):
        raise ReportError(f"unknown language {lang!r}; use id or en")
    env = _env(autoescape=fmt == "html")
    ctx = context(brief, lang)
    env.filters["cell"] = md_cell
    env.filters["conflict"] = ctx["conflict_label"]
    env.filters["meeting"] = ctx["meeting_label"]
    return env.get_template(f"brief.{fmt}.j2").render(**ctx)


def write_report(brief: Brief, out_dir: Path, formats: list[str], lang: str = "id") -> list[Path]:
    """Write the brief in each format; returns the paths written (atomically, temp file then rename)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"brief-{brief.period.start.isoformat()}_{brief.period.end.isoformat()}"
    if brief.scope.code:
        stem += f"-{brief.scope.code}"
    stem += f"-{lang}"
    written = []
    for fmt in formats:
        path = out_dir / f"{stem}.{fmt}"
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(render(brief, fmt, lang), encoding="utf-8")
        tmp.replace(path)
        written.append(path)
    return written
