"""The brief's figures, computed with DuckDB over the Parquet tables.

An article's day is its publication date (``ingest.published``); an article without one is never
placed in a period: the brief lists those ingested in the period apart ("tanpa tanggal"). A
meeting's day is its own date where known, else its article's. The scope is a province ("65") or a
region ("65.02", its kecamatan included), matched on the article's main region.
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
    """Where: a province, a region, or several codes (``places.resolve_all`` reads names into codes)."""

    province: str | None = None
    region: str | None = None
    codes: tuple[str, ...] = ()

    @property
    def all_codes(self) -> tuple[str, ...]:
        single = self.region or self.province
        return tuple(dict.fromkeys(self.codes + ((single,) if single else ())))

    def sql(self, column: str = "l.region_code") -> str:
        codes = self.all_codes
        if not codes:
            return "TRUE"
        for code in codes:
            if not all(part.isdigit() for part in code.split(".")):
                raise ReportError(f"{code!r} is not a Kemendagri code; write a province as 65 or a region as 65.02")
        return "(" + " OR ".join(f"{column} = '{c}' OR {column} LIKE '{c}.%'" for c in codes) + ")"

    @property
    def code(self) -> str | None:
        """The scope as one token: a code, or codes joined by "+" ("61+65.02")."""
        return "+".join(self.all_codes) or None


@dataclass
class Brief:
    period: Period
    scope: Scope
    figures: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (this, previous)
    averages: dict[str, float] = field(default_factory=dict)  # name -> mean of the TREND_WEEKS periods before
    conflict_avg: dict[str, float] = field(default_factory=dict)  # conflict -> mean of the periods before
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
    undated: list[dict[str, Any]] = field(default_factory=list)  # ingested in the period, no date

    @property
    def empty(self) -> bool:
        return self.figures.get("articles", (0, 0))[0] == 0


# undated articles are in no period: the brief lists them apart
DATED = "CREATE VIEW dated AS SELECT a.*, a.published AS day FROM articles a"


def connect(data_dir: Path) -> Any:
    """A DuckDB connection with one view per table (an empty one where a table has no files)."""
    return open_duckdb(data_dir, views=[DATED], prepare=region_views)  # one committed snapshot of every table


def region_views(con: Any) -> None:
    """``regions`` (every Kemendagri code with its name) and ``articles_named``: each article with its
    labels and its main region and province by name, for ``kwd query``."""
    import pyarrow as pa

    from kewaspadaan_cli.extract.regions import gazetteer

    rows = list(gazetteer().regions.values())
    con.register(
        "_regions",
        pa.table(
            {
                "code": [r.code for r in rows],
                "name": [r.name for r in rows],
                "type": [r.type for r in rows],
                "parent": [r.parent for r in rows],
            }
        ),
    )
    con.execute("CREATE VIEW regions AS SELECT * FROM _regions")
    con.execute(
        """CREATE VIEW articles_named AS
        SELECT a.article_id, a.published, a.date_source, a.site, a.title, COALESCE(a.url, a.source) AS link,
               l.event_kind, l.region_code, r.name AS region_name, split_part(l.region_code, '.', 1) AS province_code,
               p.name AS province_name, l.conflicts, l.institutions, l.phase, l.stages, a.duplicate_of
        FROM articles a LEFT JOIN article_labels l USING (article_id)
        LEFT JOIN regions r ON r.code = l.region_code
        LEFT JOIN regions p ON p.code = split_part(l.region_code, '.', 1)"""
    )


def _rows(con: Any, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def _in_scope(scope: Scope, in_period: bool = True) -> str:
    return f"""
        SELECT d.*, l.event_kind, l.region_code, l.regions, l.conflicts, l.phase, l.stages, l.institutions,
               l.lexicon_digest
        FROM dated d LEFT JOIN article_labels l USING (article_id)
        WHERE {"d.day BETWEEN ? AND ?" if in_period else "TRUE"} AND {scope.sql()}
    """


def _meetings_in(scope: Scope) -> str:
    """Meetings of the scope held in the period: by their own date, else their article's."""
    return f"""
        SELECT m.*, COALESCE(m.date, a.day) AS held, a.region_code AS article_region,
               CASE WHEN len(m.institutions) > 0 THEN m.institutions ELSE a.institutions END AS a_institutions,
               a.title, COALESCE(a.url, a.source) AS link
        FROM meetings m JOIN ({_in_scope(scope, in_period=False)}) a USING (article_id)
        WHERE a.duplicate_of IS NULL AND COALESCE(m.date, a.day) BETWEEN ? AND ?
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
               (SELECT count(*) FROM ({_meetings_in(scope)})) AS meetings,
               count(DISTINCT region_code) AS regions
        FROM a
    """,
        [period.start, period.end] * 2,
    )[0]
    figures = {k: int(v or 0) for k, v in row.items()}
    figures["officials"] = _people(con, period, scope)  # people, their spellings merged
    return figures


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


def _officials(con: Any, period: Period, scope: Scope) -> list[dict[str, Any]]:
    """One row per name as written, with its titles, articles, institutions and regions (merged into
    people by ``report.officials``)."""
    return _rows(
        con,
        f"""
        WITH a AS ({_in_scope(scope)})
        SELECT o.name, list(DISTINCT o.title) AS titles, list(DISTINCT o.article_id) AS article_ids,
               list(DISTINCT o.institution) FILTER (WHERE o.institution IS NOT NULL) AS institutions,
               list(DISTINCT o.region_code) FILTER (WHERE o.region_code IS NOT NULL) AS regions
        FROM officials o JOIN a USING (article_id) GROUP BY o.name ORDER BY o.name""",
        [period.start, period.end],
    )


def _people(con: Any, period: Period, scope: Scope) -> int:
    from kewaspadaan_cli.report.officials import merge

    return len(merge(_officials(con, period, scope)))


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
    earlier = [before] + [_figures(con, period.shifted(-i), scope) for i in range(2, TREND_WEEKS + 1)]
    brief.averages = {k: round(sum(p[k] for p in earlier) / len(earlier), 2) for k in now}
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
    counts: dict[str, int] = {}
    for i in range(1, TREND_WEEKS + 1):
        w = period.shifted(-i)
        for r in _rows(
            con,
            f"""WITH a AS ({_in_scope(scope)}) SELECT c, count(*) AS n FROM (SELECT unnest(conflicts)
                AS c FROM a WHERE duplicate_of IS NULL) GROUP BY c""",
            [w.start, w.end],
        ):
            counts[r["c"]] = counts.get(r["c"], 0) + int(r["n"])
    brief.conflict_avg = {c: round(n / TREND_WEEKS, 2) for c, n in counts.items()}
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
        SELECT a.article_id, a.title, left(a.text, 300) AS lead, a.day, a.region_code, a.conflicts,
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
        SELECT held AS date, article_region AS region_code, meeting_type, chair, venue,
               a_institutions AS institutions, title, link
        FROM ({_meetings_in(scope)}) ORDER BY 1, 2""",
        params,
    )
    for m in brief.meetings:
        m["region_name"] = region_name(m["region_code"]) if m["region_code"] else ""
    brief.officials = _officials(con, period, scope)
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
        SELECT a.day, a.site, a.title, left(a.text, 300) AS lead, COALESCE(a.url, a.source) AS link,
               a.duplicate_of IS NOT NULL AS duplicate
        FROM a ORDER BY a.day, a.site, a.title""",
        params,
    )
    brief.undated = _rows(
        con,
        f"""
        SELECT a.title, left(a.text, 300) AS lead, a.site, COALESCE(a.url, a.source) AS link,
               CAST(a.ingested_at AS DATE) AS ingested
        FROM articles a LEFT JOIN article_labels l USING (article_id)
        WHERE a.published IS NULL AND a.duplicate_of IS NULL AND CAST(a.ingested_at AS DATE) BETWEEN ? AND ?
              AND {scope.sql()}
        ORDER BY a.ingested_at, a.title""",
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
