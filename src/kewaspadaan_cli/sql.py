"""``kwd query``: one read-only SELECT over the tables, each a view by its name (and ``dated``:
articles with a day; ``regions`` and ``articles_named``: codes with their names).

The SQL is parsed first and refused unless it is a single ``SELECT`` (``WITH ... SELECT``
included). It then runs on an in-memory DuckDB that sees the tables of one committed snapshot as
Arrow datasets, with external access off (no file, no network: ``read_text('/etc/passwd')``,
``COPY ... TO`` and ``ATTACH`` cannot reach the disk), extensions neither installed nor loaded,
and the configuration locked so the query cannot turn any of it back on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kewaspadaan_cli.errors import ReportError, UsageError
from kewaspadaan_cli.store import open_duckdb

ONLY_SELECT = "kwd query runs one read-only SELECT (or WITH ... SELECT) over the tables"


def check_sql(sql: str) -> None:
    """Refuse anything but one SELECT statement (raises UsageError)."""
    import duckdb

    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise UsageError(f"the query does not parse: {str(exc).splitlines()[0]}") from None
    if len(statements) != 1:
        raise UsageError(f"{ONLY_SELECT}; this holds {len(statements)} statements")
    kind = statements[0].type
    if kind != duckdb.StatementType.SELECT:
        raise UsageError(f"{ONLY_SELECT}; a {kind.name} statement is refused")


def run_query(data_dir: Path, sql: str, limit: int | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
    import duckdb

    check_sql(sql)
    from kewaspadaan_cli.report.aggregate import DATED, region_views

    con = open_duckdb(data_dir, read_only_sql=True, views=[DATED], prepare=region_views)
    try:
        cur = con.execute(sql)
        if cur.description is None:
            return [], []
        cols = [d[0] for d in cur.description]
        rows = cur.fetchmany(limit) if limit else cur.fetchall()
    except (duckdb.PermissionException, duckdb.ParserException) as exc:
        raise UsageError(f"{ONLY_SELECT}; refused: {str(exc).splitlines()[0]}") from None
    except duckdb.Error as exc:
        raise ReportError(f"query failed: {str(exc).splitlines()[0]}") from None
    finally:
        con.close()
    return cols, rows
