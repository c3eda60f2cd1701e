"""Recompute the sha256 of every file listed in lexicons/manifest.json (after an edit, bump its version)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

LEX = Path(__file__).resolve().parents[1] / "lexicons"


def main() -> None:
    manifest = json.loads((LEX / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        entry["sha256"] = hashlib.sha256((LEX / entry["file"]).read_bytes()).hexdigest()
    (LEX / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"updated {len(manifest['files'])} digests in {LEX / 'manifest.json'}")


if __name__ == "__main__":
    main()
