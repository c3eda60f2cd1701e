"""Settings from flags, the environment and defaults, resolved once."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA_DIR = "kwd-data"
DEFAULT_LOCK_TIMEOUT = 600.0


def resolve_data_dir(flag: str | Path | None) -> Path:
    """``--data-dir``, else ``KWD_DATA_DIR``, else ``./kwd-data``."""
    if flag:
        return Path(flag)
    env = os.environ.get("KWD_DATA_DIR")
    return Path(env) if env else Path(DEFAULT_DATA_DIR)


def resolve_lexicon_dir(flag: str | Path | None) -> Path | None:
    """``--lexicon-dir``, else ``KWD_LEXICON_DIR``, else none (the shipped lexicons only)."""
    if flag:
        return Path(flag)
    env = os.environ.get("KWD_LEXICON_DIR")
    return Path(env) if env else None


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT
    lexicon_dir: Path | None = None
