"""``kwd query`` lives in ``kewaspadaan_cli.sql`` (one read-only SELECT); kept here for old imports."""

from __future__ import annotations

from kewaspadaan_cli.sql import run_query

__all__ = ["run_query"]
