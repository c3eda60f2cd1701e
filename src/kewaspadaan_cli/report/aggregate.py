"""The brief's figures, computed with DuckDB over the Parquet tables.

An article's date is its publication date, else the day it was ingested. The scope is a province
("65") or a region ("65.02", its kecamatan included), matched on the article's main region.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from kewaspadaan_cli.errors import ReportError
from kewaspadaan_cli.store import open_duckdb

log = logging.getLogger(__name__)

INCIDENT_WEIGHT = 3
RISK_WEIGHT = 1
TREND_WEEKS = 4
CHART_WEEKS = 8


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def shifted(self, periods: int) -> Period:
        delta = timedelta(days=self.days * periods)
        return Period(self.start + delta, self.end + delta)

    @property
    def label(self) -> str:
        iso = self.start.isocalendar()
        if self.days == 7 and self.start.weekday() == 0:
            return f"{iso.year}-W{iso.week:02d} ({self.start.isoformat()} – {self.end.isoformat()})"
        return f"{self.start.isoformat()} – {self.end.isoformat()}"


def iso_week(spec: str) -> Period:
    """ "2024-W48" -> Monday to Sunday of that ISO week."""
    try:
        year, week = spec.upper().split("-W")
        start = date.fromisocalendar(int(year), int(week), 1)
    except ValueError:
        raise ReportError(f"--week {spec!r} is not an ISO week; write it like 2024-W48") from None
    return Period(start, start + timedelta(days=6))


def last_complete_week(today: date | None = None) -> Period:
    today = today or date.today()
    start = today - timedelta(days=today.weekday() + 7)
    return Period(start, start + timedelta(days=6))


@dataclass(frozen=True)
class Scope:
    province: str | None = None
    region: str | None = None

    def sql(self, column: str = "l.region_code") -> str:
        code = self.region or self.province
        if not code:
            return "TRUE"
        if not all(part.isdigit() for part in code.split(".")):
            raise ReportError(f"{code!r} is not a Kemendagri code; write a province as 65 or a region as 65.02")
        return f"({column} = '{code}' OR {column} LIKE '{code}.%')"

    @property
    def code(self) -> str | None:
        return self.region or self.province


@dataclass
class Brief:
    period: Period
    scope: Scope
    figures: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (this, previous)
    hotspots: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[tuple[str, int]] = field(default_factory=list)
    conflict_weeks: dict[str, list[int]] = field(default_factory=dict)
    week_labels: list[str] = field(default_factory=list)
    phases: list[tuple[str, int]] = field(default_factory=list)
    stages: list[tuple[str, int]] = field(default_factory=list)
    incidents: list[dict[str, Any]] = field(default_factory=list)
    meetings: list[dict[str, Any]] = field(default_factory=list)
    officials: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    lexicons: list[str] = field(default_factory=list)
    duplicates: int = 0

    @property
    def empty(self) -> bool:
        return self.figures.get("articles", (0, 0))[0] == 0


def connect(data_dir: Path) -> Any:
    """A DuckDB connection with one view per table (an empty one where a table has no files)."""
    con = open_duckdb(data_dir)  # one committed snapshot of every table (store.snapshot)
    con.execute(
        "CREATE VIEW dated AS SELECT a.*, COALESCE(a.published, CAST(a.ingested_at AS DATE)) AS day FROM articles a"
    )
    return con


def _rows(con: Any, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def _in_scope(scope: Scope) -> str:
    return f"""
        SELECT d.*, l.event_kind, l.region_code, l.regions, l.conflicts, l.phase, l.stages, l.institutions,
               l.lexicon_digest
        FROM dated d LEFT JOIN article_labels l USING (article_id)
        WHERE d.day BETWEEN ? AND ? AND {scope.sql()}
    """


def _figures(con: Any, period: Period, scope: Scope) -> dict[str, int]:
    base = _in_scope(scope)
    row = _rows(
        con,
        f"""
        WITH a AS ({base})
        SELECT count(*) AS articles,
               count(*) FILTER (WHERE duplicate_of IS NULL) AS stories,
               count(*) FILTER (WHERE event_kind = 'insiden' AND duplicate_of IS NULL) AS incidents,
               (SELECT count(*) FROM meetings m JOIN a USING (article_id) WHERE a.duplicate_of IS NULL) AS meetings,
               count(DISTINCT region_code) AS regions,
               (SELECT count(DISTINCT o.name) FROM officials o JOIN a USING (article_id)) AS officials
        FROM a
    """,
        [period.start, period.end],
    )[0]
    return {k: int(v or 0) for k, v in row.items()}


def _signals(con: Any, period: Period, scope: Scope) -> dict[str, dict[str, int]]:
    rows = _rows(
        con,
        f"""
        WITH a AS ({_in_scope(scope)})
        SELECT region_code,
               count(*) FILTER (WHERE event_kind = 'insiden') AS incident_articles,
               count(*) FILTER (WHERE event_kind <> 'insiden' AND len(conflicts) > 0) AS risk_articles
        FROM a WHERE region_code IS NOT NULL AND duplicate_of IS NULL
        GROUP BY region_code
    """,
        [period.start, period.end],
    )
    return {
        r["region_code"]: {"incident_articles": int(r["incident_articles"]), "risk_articles": int(r["risk_articles"])}
        for r in rows
    }


def _score(s: dict[str, int]) -> int:
    return INCIDENT_WEIGHT * s["incident_articles"] + RISK_WEIGHT * s["risk_articles"]


def build_brief(data_dir: Path, period: Period, scope: Scope | None = None) -> Brief:
    """Every figure of the brief for one period and scope."""
    from kewaspadaan_cli.extract.regions import region_name

    scope = scope or Scope()
    con = connect(data_dir)
    brief = Brief(period, scope)
    now, before = _figures(con, period, scope), _figures(con, period.shifted(-1), scope)
    brief.figures = {k: (now[k], before[k]) for k in now}
    brief.duplicates = now["articles"] - now["stories"]

    current = _signals(con, period, scope)
    history = [_signals(con, period.shifted(-i), scope) for i in range(1, TREND_WEEKS + 1)]
    for code, sig in current.items():
        score = _score(sig)
        if score == 0:
            continue
        past = [_score(h.get(code, {"incident_articles": 0, "risk_articles": 0})) for h in history]
        mean = sum(past) / len(past)
        trend = "↑" if score > mean * 1.25 else "↓" if score < mean * 0.75 else "→"
        brief.hotspots.append(
            {
                "code": code,
                "name": region_name(code),
                "province": code.split(".")[0],
                "province_name": region_name(code.split(".")[0]),
                "score": score,
                **sig,
                "previous_mean": round(mean, 2),
                "trend": trend,
                "new": all(p == 0 for p in past),
            }
        )
    brief.hotspots.sort(key=lambda h: (-h["score"], h["code"]))

    params = [period.start, period.end]
    brief.conflicts = [
        (r["c"], int(r["n"]))
        for r in _rows(
            con,
            f"""
        WITH a AS ({_in_scope(scope)}) SELECT c, count(*) AS n FROM (SELECT unnest(conflicts) AS c FROM a
        WHERE duplicate_of IS NULL) GROUP BY c ORDER BY n DESC, c""",
            params,
        )
    ]
    weeks = [period.shifted(-i) for i in range(CHART_WEEKS - 1, -1, -1)]
    brief.week_labels = [w.start.strftime("%d/%m") for w in weeks]
    series: dict[str, list[int]] = {}
    for i, w in enumerate(weeks):
        for r in _rows(
            con,
            f"""WITH a AS ({_in_scope(scope)}) SELECT c, count(*) AS n FROM (SELECT unnest(conflicts)
                AS c FROM a WHERE duplicate_of IS NULL) GROUP BY c""",
            [w.start, w.end],
        ):
            series.setdefault(r["c"], [0] * len(weeks))[i] = int(r["n"])
    brief.conflict_weeks = dict(sorted(series.items(), key=lambda kv: -sum(kv[1])))
    brief.phases = [
        (r["phase"], int(r["n"]))
        for r in _rows(
            con,
            f"""WITH a AS ({_in_scope(scope)})
        SELECT phase, count(*) AS n FROM a WHERE phase IS NOT NULL AND duplicate_of IS NULL
        GROUP BY phase ORDER BY n DESC, phase""",
            params,
        )
    ]
    brief.stages = [
        (r["s"], int(r["n"]))
        for r in _rows(
            con,
            f"""WITH a AS ({_in_scope(scope)})
        SELECT s, count(*) AS n FROM (SELECT unnest(stages) AS s FROM a WHERE duplicate_of IS NULL)
        GROUP BY s ORDER BY n DESC, s""",
            params,
        )
    ]

    brief.incidents = _rows(
        con,
        f"""
        WITH a AS ({_in_scope(scope)})
        SELECT a.article_id, a.title, a.day, a.region_code, a.conflicts,
               list(DISTINCT COALESCE(s.url, s.source) ORDER BY COALESCE(s.url, s.source)) AS links
        FROM a LEFT JOIN article_sources s
             ON s.article_id = a.article_id
             OR s.article_id IN (SELECT article_id FROM articles WHERE duplicate_of = a.article_id)
        WHERE a.event_kind = 'insiden' AND a.duplicate_of IS NULL
        GROUP BY ALL ORDER BY a.day, a.title""",
        params,
    )
    for inc in brief.incidents:
        inc["region_name"] = region_name(inc["region_code"]) if inc["region_code"] else ""
    brief.meetings = _rows(
        con,
        f"""
        WITH a AS ({_in_scope(scope)})
        SELECT COALESCE(m.date, a.day) AS date, a.region_code, m.meeting_type, m.chair, m.venue,
               a.institutions, a.title, COALESCE(a.url, a.source) AS link
        FROM meetings m JOIN a USING (article_id) WHERE a.duplicate_of IS NULL
        ORDER BY 1, a.region_code""",
        params,
    )
    for m in brief.meetings:
        m["region_name"] = region_name(m["region_code"]) if m["region_code"] else ""
    brief.officials = _rows(
        con,
        f"""
        WITH a AS ({_in_scope(scope)})
        SELECT o.name, max(o.title) AS title, count(DISTINCT o.article_id) AS articles
        FROM officials o JOIN a USING (article_id) GROUP BY o.name ORDER BY articles DESC, o.name LIMIT 10""",
        params,
    )
    brief.quotes = _rows(
        con,
        f"""
        WITH a AS ({_in_scope(scope)})
        SELECT q.speaker, q.text, a.title, COALESCE(a.url, a.source) AS link FROM quotes q JOIN a USING (article_id)
        WHERE q.speaker IS NOT NULL AND a.duplicate_of IS NULL AND length(q.text) BETWEEN 40 AND 400
        ORDER BY length(q.text) DESC LIMIT 5""",
        params,
    )
    brief.sources = _rows(
        con,
        f"""
        WITH a AS ({_in_scope(scope)})
        SELECT a.day, a.site, a.title, COALESCE(a.url, a.source) AS link, a.duplicate_of IS NOT NULL AS duplicate
        FROM a ORDER BY a.day, a.site, a.title""",
        params,
    )
    brief.lexicons = [
        r["lexicon_digest"]
        for r in _rows(
            con,
            f"""WITH a AS ({_in_scope(scope)})
        SELECT DISTINCT lexicon_digest FROM a WHERE lexicon_digest IS NOT NULL ORDER BY 1""",
            params,
        )
    ]
    con.close()
    return brief
