"""``kwd extract``: articles in; mentions, officials, meetings, quotes and labels out.

``extract_record_batch`` is a pure function from an Arrow record batch of articles to Arrow tables
of the output, so a process pool runs it now and a cluster engine could run it unchanged. ``run_extract`` picks
the articles that need it (never extracted, or extracted by other lexicons or code), runs the
batches, and stores each batch's results in one commit that replaces the articles' old rows.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import signal
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import pyarrow as pa

from kewaspadaan_cli.engines import EngineSettings, open_engine
from kewaspadaan_cli.errors import EngineError
from kewaspadaan_cli.extract.base import Mention
from kewaspadaan_cli.nlp import unwrapped
from kewaspadaan_cli.schemas import table
from kewaspadaan_cli.store import KeyIndex, Store, iter_batches, to_arrow

log = logging.getLogger(__name__)

EXTRACTOR_VERSION = "2026.12.341"
BATCH = 200
COMMIT_EVERY = 1_000  # articles' results per commit: fewer, bigger part files (5 per commit) than one per batch
SCAN = 20_000  # rows per batch when streaming id columns to choose the articles
ARTICLE_BUDGET = 60.0  # seconds one article may take; past it the article is recorded as failed
OUT_TABLES = ("mentions", "officials", "meetings", "quotes", "article_labels")
ARTICLE_COLUMNS = ["article_id", "text", "title", "published", "dateline", "ingested_at"]
Progress = Callable[[int, int | None], None]


@dataclass
class ExtractSummary:
    articles: int = 0
    extracted: int = 0
    up_to_date: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    lexicon_digest: str = ""
    engine: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "extracted": self.extracted,
            "up_to_date": self.up_to_date,
            "failed": [{"article_id": a, "reason": r} for a, r in self.failed],
            "rows": self.rows,
            "lexicon_digest": self.lexicon_digest,
            "extractor_version": EXTRACTOR_VERSION,
            "engine": self.engine,
        }


def current_digest() -> str:
    """What the labels are made from besides this code: the lexicons' digest, and the officials
    tagger's model when ``KWD_OFFICIALS_MODEL`` chooses another than the default (none), so labels
    made with a model are not taken as current without one, nor the reverse."""
    from kewaspadaan_cli import lexicons
    from kewaspadaan_cli.extract.tagger import default_setting, model_digest, model_path

    digest = lexicons.load().digest
    if model_path() == default_setting():
        return digest  # the default goes with EXTRACTOR_VERSION
    return hashlib.sha256(f"{digest}:{model_digest()}".encode()).hexdigest()[: len(digest)]


_JSON = json.JSONEncoder(ensure_ascii=False, default=str)  # built once: json.dumps with options builds one per call
_DETAILS: dict[tuple[tuple[str, ...], tuple[type, ...], tuple[Any, ...]], str] = {}  # most details recur
_SCALARS = frozenset((str, int, bool, type(None)))  # not float: 0.0 and -0.0 are equal keys but different JSON
_STR = frozenset((str,))


def _detail_json(detail: dict[str, Any]) -> str:
    """A mention's detail as JSON, encoded once per distinct detail of scalar values ({"via": "term",
    "term": "KPU"}); the types are part of the key: ``True`` and ``1`` are equal in Python but not in JSON."""
    values = tuple(detail.values())
    types = tuple(map(type, values))
    if not _SCALARS.issuperset(types) or not _STR.issuperset(map(type, detail)):
        return _JSON.encode(detail)
    key = (tuple(detail), types, values)
    got = _DETAILS.get(key)
    if got is None:
        if len(_DETAILS) > 100_000:
            _DETAILS.clear()
        got = _DETAILS[key] = _JSON.encode(detail)
    return got


def _mention_row(aid: str, m: Mention, text: str) -> dict[str, Any]:
    return {
        "article_id": aid,
        "kind": m.kind,
        "surface": text[m.start : m.end],
        "start": m.start,
        "end": m.end,
        "canonical": m.canonical,
        "modality": m.modality,
        "detail": _detail_json(m.detail) if m.detail else None,
    }


def extract_article(article: dict[str, Any], digest: str = "") -> dict[str, list[dict[str, Any]]]:
    """Every output row for one article. Raises on a bug; the caller records the failure."""
    from kewaspadaan_cli.extract import labels as lab
    from kewaspadaan_cli.extract import meetings as meet
    from kewaspadaan_cli.extract import officials as off
    from kewaspadaan_cli.extract import quotes as quo
    from kewaspadaan_cli.extract import regions as reg

    aid: str = article["article_id"]
    stored: str = article["text"] or ""
    # read with the line breaks of a hard-wrapped text as spaces; offsets are the stored text's, and
    # a mention's surface is taken from it below
    text = unwrapped(stored)
    published: date | None = article.get("published")
    ingested: date | None = article["ingested_at"].date() if article.get("ingested_at") else None
    dateline = article.get("dateline")

    region_mentions = reg.find_regions(text, dateline=dateline)
    people = off.find_officials(text)
    region_mentions = off.attach_regions(people, region_mentions)
    label_mentions = lab.find_label_mentions(text)
    elections = {x.canonical for x in label_mentions if x.kind == "election" and x.canonical}
    held = meet.find_meetings(text, published=published, officials=people, fallback=ingested, elections=elections)
    said = quo.find_quotes(text, people)
    for m in held:
        meet.attach_institutions(m, text, [x for x in label_mentions if x.kind == "institution"], people)
    when = next((m.date for m in held if m.date), None) or published
    # a plenary held (an election body's count, a council's session) is administration, not a coordination activity
    coordination = [m for m in held if not meet.is_plenary(text, m)]
    drill = bool(coordination) and coordination[0].meeting_type == "simulasi"
    labels = lab.classify(
        text, label_mentions, n_meetings=len(coordination), title=article.get("title"), when=when, drill=drill
    )

    anchors: list[int] = []
    for m in held:
        anchors += [x for x in (getattr(m, "venue_start", None), m.start) if x is not None]
        chair = next((p for p in people if m.chair and p.name == m.chair), None)
        if chair is not None and chair.title_start is not None:
            anchors.append(chair.title_start)
    main = reg.main_region(
        text, region_mentions, dateline=dateline, anchors=tuple(anchors), incident=labels.event_kind == "insiden"
    )

    mentions: list[Mention] = list(region_mentions) + list(label_mentions)
    for p in people:
        mentions += p.mentions()
    for m in held:
        mentions += m.mentions()
    good = [m for m in mentions if text[m.start : m.end] == m.surface and m.end > m.start]
    if len(good) != len(mentions):
        log.warning("article %s: %d mention(s) with wrong offsets dropped", aid, len(mentions) - len(good))

    institutions = list(
        dict.fromkeys(
            [*labels.institutions, *(p.institution for p in people if p.institution and p.institution != "pemda")]
        )
    )
    region_codes = reg.article_regions(region_mentions)
    now = datetime.now(UTC)
    return {
        "mentions": [_mention_row(aid, m, stored) for m in good],
        "officials": [
            {
                "article_id": aid,
                "name": p.name,
                "title": p.title,
                "institution": p.institution,
                "region_code": getattr(p, "region_code", None),
                "acting": p.acting,
                "start": p.start,
                "end": p.end,
            }
            for p in people
        ],
        "meetings": [
            {
                "article_id": aid,
                "meeting_type": m.meeting_type,
                "date": m.date,
                "venue": m.venue,
                "chair": m.chair,
                "n_participants": m.n_participants,
                "region_code": getattr(m, "region_code", None) or main,
                "organiser": getattr(m, "organiser", None),
                "institutions": list(getattr(m, "institutions", []) or []),
                "theme": getattr(m, "theme", None),
                "start": m.start,
                "end": m.end,
            }
            for m in held
        ],
        "quotes": [
            {"article_id": aid, "speaker": q.speaker, "text": q.text, "start": q.start, "end": q.end} for q in said
        ],
        "article_labels": [
            {
                "article_id": aid,
                "event_kind": labels.event_kind,
                "region_code": main,
                "regions": region_codes,
                "institutions": institutions,
                "election_types": list(labels.election_types),
                "phase": labels.phase,
                "stages": list(labels.stages),
                "conflicts": list(labels.conflicts),
                "lexicon_digest": digest,
                "extractor_version": EXTRACTOR_VERSION,
                "extracted_at": now,
            }
        ],
    }


_OWN_CODE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the kewaspadaan_cli package


class OverBudget(Exception):
    """An article took longer than its time budget."""


@contextlib.contextmanager
def _time_budget(seconds: float | None) -> Iterator[None]:
    """Raise OverBudget in this block after ``seconds`` (a real-time alarm; only in a process's main
    thread, where signals are delivered: elsewhere the block runs unbounded)."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum: int, frame: Any) -> None:
        # raised only inside our own code: raised in someone else's (a gc callback, a logging lock)
        # it could be swallowed or leave their state half-changed; the timer repeats until it lands
        if frame is not None and _OWN_CODE in frame.f_code.co_filename:
            raise OverBudget(f"took longer than the {seconds:g} s budget per article; skipped")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.05)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_batch(
    articles: list[dict[str, Any]], digest: str, budget: float | None = ARTICLE_BUDGET
) -> tuple[dict[str, list[dict[str, Any]]], list[tuple[str, str]]]:
    """The pure batch function: article rows in, output rows and failures out.

    ``budget`` bounds the seconds one article may take: past it, the article is a failure named
    with its reason, and the batch goes on.
    """
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in OUT_TABLES}
    failed: list[tuple[str, str]] = []
    for article in articles:
        try:
            with _time_budget(budget):
                rows = extract_article(article, digest)
        except OverBudget as exc:
            log.warning("article %s: %s", article.get("article_id"), exc)
            failed.append((article.get("article_id", "?"), str(exc)))
            continue
        except Exception as exc:  # a bad article never stops a run: it is counted and reported
            log.exception("extraction failed for article %s", article.get("article_id"))
            failed.append((article.get("article_id", "?"), f"{type(exc).__name__}: {exc}"))
            continue
        for name, part in rows.items():
            out[name].extend(part)
    return out, failed


def extract_record_batch(
    batch: pa.RecordBatch, digest: str, budget: float | None = ARTICLE_BUDGET
) -> tuple[dict[str, pa.Table], list[tuple[str, str]]]:
    """Arrow in, Arrow out: the batch function a process pool (or a cluster engine) maps over the
    ``articles`` table's record batches. The tables come back in the store's schemas."""
    rows, failed = extract_batch(batch.to_pylist(), digest, budget)
    return {name: to_arrow(table(name), part) for name, part in rows.items()}, failed


def extract_checked(
    batch: pa.RecordBatch, digest: str, budget: float | None = None
) -> tuple[dict[str, pa.Table], list[tuple[str, str]]]:
    """``extract_record_batch`` on a worker that first checks it reads the same lexicons as the client:
    a cluster worker with other lexicons would label articles by rules the run does not record."""
    mine = current_digest()
    if digest and mine != digest:
        raise EngineError(
            f"a worker's lexicons (digest {mine[:12]}) differ from the client's ({digest[:12]}): "
            "install the same kwd version and lexicon directory on every worker"
        )
    return extract_record_batch(batch, digest, budget)


_WARM_TEXT = (
    "SINTANG - Bupati Sintang H. Jarot membuka rapat koordinasi kewaspadaan dini menjelang Pilkada di Aula "
    'Kantor Bupati, Senin (2/12/2024). "Kita cegah konflik," ujar Jarot. Massa bentrok di depan kantor KPU.'
)


def _warm() -> None:
    """Load lexicons, the language pipeline and every matcher once per process, before any article's
    time budget starts (a cold start is not an article's fault)."""
    from kewaspadaan_cli import lexicons

    lexicons.load()
    extract_article({"article_id": "warm-up", "text": _WARM_TEXT, "title": "Rakor", "published": None})


def _current(store: Store, digest: str) -> KeyIndex:
    """The articles whose labels these lexicons and this extractor made (16 bytes an article)."""
    current = KeyIndex()
    for batch in iter_batches(
        store.data_dir, "article_labels", ["article_id", "lexicon_digest", "extractor_version"], batch_size=SCAN
    ):
        cols = (batch.column(i).to_pylist() for i in range(3))
        current.add((a,) for a, d, v in zip(*cols, strict=True) if d == digest and v == EXTRACTOR_VERSION)
    return current


def _select(batch: pa.RecordBatch, current: KeyIndex | None, since: date | None) -> tuple[list[bool], list[bool]]:
    """Per article of a batch: whether it counts (``since``), and whether it needs extracting."""
    ids = batch.column("article_id").to_pylist()
    published = batch.column("published").to_pylist()
    ingested = batch.column("ingested_at").to_pylist()
    counted = []
    for pub, ing in zip(published, ingested, strict=True):
        when = pub or (ing.date() if ing else None)
        counted.append(since is None or (when is not None and when >= since))
    done = current.contains((a,) for a in ids) if current is not None else [False] * len(ids)
    return counted, [c and not d for c, d in zip(counted, done, strict=True)]


def _todo(store: Store, current: KeyIndex | None, since: date | None) -> tuple[int, int]:
    """How many articles count (``since``) and how many of them need extracting, in one streamed pass."""
    total = todo = 0
    for batch in iter_batches(store.data_dir, "articles", ["article_id", "published", "ingested_at"], batch_size=SCAN):
        counted, wanted = _select(batch, current, since)
        total += sum(counted)
        todo += sum(wanted)
    return total, todo


def _batches(store: Store, current: KeyIndex | None, since: date | None, size: int) -> Iterator[pa.RecordBatch]:
    """The articles to extract, as record batches of ``size`` rows, streamed from the store: each
    batch read is checked against ``current`` (None: every article), never a set of every id."""
    held: list[pa.RecordBatch] = []
    n = 0
    for batch in iter_batches(store.data_dir, "articles", ARTICLE_COLUMNS, batch_size=size):
        _, wanted = _select(batch, current, since)
        if not any(wanted):
            continue
        if not all(wanted):
            batch = batch.filter(pa.array(wanted, type=pa.bool_()))
        held.append(batch)
        n += batch.num_rows
        while n >= size:
            joined = pa.Table.from_batches(held).combine_chunks()
            yield joined.slice(0, size).to_batches()[0]
            rest = joined.slice(size)
            held, n = ([rest.combine_chunks().to_batches()[0]] if rest.num_rows else []), rest.num_rows
    if n:
        yield pa.Table.from_batches(held).combine_chunks().to_batches()[0]


def run_extract(
    store: Store,
    *,
    everything: bool = False,
    since: date | None = None,
    workers: int = 1,
    advance: Progress | None = None,
    batch_size: int = BATCH,
    engine: EngineSettings | None = None,
    budget: float | None = ARTICLE_BUDGET,
    commit_every: int = COMMIT_EVERY,
) -> ExtractSummary:
    """Extract the articles that need it (all with ``everything``; those published or ingested
    since ``since``), ``batch_size`` articles a task, their results stored in one commit per
    ``commit_every`` articles (an interrupted run loses at most that much work)."""
    digest = current_digest()
    summary = ExtractSummary(lexicon_digest=digest)
    # the engine first: a cluster that cannot be reached fails the run before anything is read
    with open_engine(engine or EngineSettings(workers=workers), warm=_warm) as runner:
        current = None if everything else _current(store, digest)
        total, todo = _todo(store, current, since)
        summary.articles = total
        summary.up_to_date = total - todo
        summary.rows = {t: 0 for t in OUT_TABLES}
        if advance:
            advance(0, todo)

        held: dict[str, list[pa.Table]] = {t: [] for t in OUT_TABLES}
        held_failed: list[tuple[str, str]] = []
        held_done: list[str] = []

        def commit() -> None:
            nonlocal held_failed, held_done
            if not held_done:
                return
            rows = {name: pa.concat_tables(parts) for name, parts in held.items() if parts}
            added = store.write(rows, replace=set(held_done))
            for name, n in added.items():
                summary.rows[name] += n
            summary.failed += held_failed
            summary.extracted += len(held_done) - len(held_failed)
            if advance:
                advance(len(held_done), None)
            for parts in held.values():
                parts.clear()
            held_failed, held_done = [], []

        for chunk, (out, failed) in runner.map(
            extract_checked, _batches(store, current, since, batch_size), digest, budget
        ):
            for name, part in out.items():
                held[name].append(part)
            held_failed += failed
            held_done += chunk.column("article_id").to_pylist()
            if len(held_done) >= max(commit_every, batch_size):
                commit()
        commit()
    summary.engine = runner.stats.to_dict()
    return summary
