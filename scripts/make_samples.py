"""Write the sample articles in data/articles (text, HTML, JSON Lines) from bench/corpus.py."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from corpus import articles, html_page, jsonl_record  # noqa: E402


def main() -> None:
    out = ROOT / "data" / "articles"
    (out / "teks").mkdir(parents=True, exist_ok=True)
    (out / "html").mkdir(exist_ok=True)
    gen = list(articles(44, seed=2024))
    for g in gen[:30]:
        (out / "teks" / f"{g.name}.txt").write_text(g.text, encoding="utf-8")
    for g in gen[30:36]:
        (out / "html" / f"{g.name}.html").write_text(html_page(g), encoding="utf-8")
    (out / "ekspor.jsonl").write_text("\n".join(jsonl_record(g) for g in gen[36:]) + "\n", encoding="utf-8")
    # a syndicated copy: the same story with other furniture
    copy = gen[0].text.replace("Bagikan:", "").replace("(RED)", "(ANT)") + "Baca Juga: Jalan Rusak Dikeluhkan Warga\n"
    (out / "teks" / "salinan-a00000.txt").write_text(copy, encoding="utf-8")
    print(f"wrote {len(gen) + 1} sample articles under {out}")


if __name__ == "__main__":
    main()
