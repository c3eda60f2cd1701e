from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def needs_shared(sub: str) -> Path:
    path = SHARED / sub
    if not path.exists():
        pytest.skip(f"../shared/{sub} is absent: this test needs the shared material beside the project")
    return path
