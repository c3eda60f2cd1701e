"""Quotes attributed to their speakers: the quoted words and who said them ("ujar", "kata", ...).

A speaker is a person: the name is read on one line and ends where its sentence ends ("kata AKP
H. Abbas. Selain itu" is AKP H. Abbas), and a place or a body ("kata Hotel Mercure", "ujar Mabes
Polri") or a discourse word ("Sementara", "Menurutnya") is no speaker: the quote then goes to the
official named last before it, as for "ujarnya".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kewaspadaan_cli.extract.base import Mention
from kewaspadaan_cli.extract.names import SPEAKS_VERB, SPEECH_VERB
from kewaspadaan_cli.extract.officials import Official

_WORD = r"[A-Z][\w'’.-]*"
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"  # up to four capitalised words, never across a line break
# the first word of a place or an organisation, or a sentence opener: never a person
NOT_A_PERSON = frozenset(
    "hotel aula gedung kantor ruang balai pendopo wisma graha mabes markas mapolres mapolda gelar dibuka "
    "sementara selain menurutnya menurut beliau dia ia hal itulah terakhir saat sebagai hanya namun".split()
)
QUOTE = re.compile(r"[\"“”](?P<q>[^\"“”\n]{12,1200}?)[\"“”]")
AFTER = re.compile(
    rf"^\s*,?\s*{SPEECH_VERB}"  # "ujar X", "katanya"
    rf"(?:[ \t]+(?P<who>{_NAME}))?",
)
BEFORE = re.compile(rf"(?P<who>{_NAME})[ \t]+(?:{SPEAKS_VERB}|berkata)\s*,?\s*$")


@dataclass
class Quote:
    speaker: str | None
    text: str
    start: int
    end: int

    def mentions(self) -> list[Mention]:
        return []  # quotes live in their own table; their offsets are checked there


def person_name(who: str | None) -> str | None:
    """The words that can name a person: cut where the sentence ends, None for a place, body or opener."""
    if not who:
        return None
    kept: list[str] = []
    for word in who.split():
        bare = word.rstrip(".")
        if word.endswith(".") and sum(ch.isalpha() for ch in bare) >= 3:
            kept.append(bare)  # "Abbas." ends the sentence; "H." is an initial and goes on
            break
        kept.append(word)
    name = " ".join(kept).strip(" ,.")
    if not name or name.split()[0].lower().strip(".") in NOT_A_PERSON:
        return None
    return name


def _speaker(who: str | None, officials: list[Official], pos: int) -> str | None:
    who = person_name(who)
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
