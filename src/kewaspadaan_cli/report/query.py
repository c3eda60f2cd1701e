"""``kwd query``: DuckDB SQL over the tables, each a view by its name (and ``dated``: articles with a day)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kewaspadaan_cli.errors import ReportError
from kewaspadaan_cli.report.aggregate import connect


def run_query(data_dir: Path, sql: str, limit: int | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
    import duckdb

    con = connect(data_dir)
    try:
        cur = con.execute(sql)
        if cur.description is None:
            return [], []
        cols = [d[0] for d in cur.description]
        rows = cur.fetchmany(limit) if limit else cur.fetchall()
    except duckdb.Error as exc:
        raise ReportError(f"query failed: {str(exc).splitlines()[0]}") from None
    finally:
        con.close()
    return cols, rows
