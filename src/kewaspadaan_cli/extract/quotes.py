"""Quotes attributed to their speakers: the quoted words and who said them ("ujar", "kata", ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kewaspadaan_cli.extract.base import Mention
from kewaspadaan_cli.extract.officials import SPEECH, Official

QUOTE = re.compile(r"[\"“”](?P<q>[^\"“”\n]{12,1200}?)[\"“”]")
AFTER = re.compile(
    rf"^\s*,?\s*(?:{SPEECH}(?:nya)?|katanya|ujarnya|ungkapnya|tegasnya|pungkasnya|jelasnya|imbuhnya|tambahnya)"
    r"(?:\s+(?P<who>(?:[A-Z][\w'’.-]*\s*){1,4}))?",
)
BEFORE = re.compile(
    r"(?P<who>(?:[A-Z][\w'’.-]*\s*){1,4})\s+(?:mengatakan|menyampaikan|menegaskan|menjelaskan|"
    r"mengungkapkan|menuturkan|menyebutkan|berkata|mengimbau)\s*,?\s*$"
)


@dataclass
class Quote:
    speaker: str | None
    text: str
    start: int
    end: int

    def mentions(self) -> list[Mention]:
        return []  # quotes live in their own table; their offsets are checked there


def _speaker(who: str | None, officials: list[Official], pos: int) -> str | None:
    if who:
        words = {w.lower().strip(".,") for w in who.split()}
        for o in officials:
            names = {t.lower() for t in o.name.split()}
            titles = {t.lower() for t in o.title.split()}
            if words & names or (words & titles and words <= titles | names):
                return o.name
        return who.strip(" ,.")
    # "ujarnya": the official named last before the quote
    before = [o for o in officials if o.start < pos]
    return before[-1].name if before else None


def find_quotes(text: str, officials: list[Official]) -> list[Quote]:
    out: list[Quote] = []
    for m in QUOTE.finditer(text):
        tail = text[m.end() : m.end() + 80]
        a = AFTER.match(tail)
        if a:
            out.append(
                Quote(_speaker(a.group("who"), officials, m.start()), m.group("q").strip(), m.start("q"), m.end("q"))
            )
            continue
        b = BEFORE.search(text[max(0, m.start() - 80) : m.start()])
        if b:
            out.append(
                Quote(_speaker(b.group("who"), officials, m.start()), m.group("q").strip(), m.start("q"), m.end("q"))
            )
    for q in out:  # the stored text is the exact span
        q.text = text[q.start : q.end]
    return out
