"""The analyst's workspace, without Qt: what was loaded, the edits and settings, and the caches that make
showing them again quick.

Everything the analyst can change is one immutable ``State`` (articles, edits, settings), so an undo step
of any kind (a load, a paste, a removal, a reload, an edit, a rate override, a setting) is simply the state
before it. A ``Workspace`` holds the current state and the caches of extraction and normalization; a
worker thread gets a ``Snapshot`` (the state and copies of the caches), analyses it, and the workspace
merges back what the worker learned. The window, the tests and any other front end share this logic.

An edit changes a few claims of a project of 90,000: ``Workspace.update`` makes the analysis after it from
the one before, analysing again only the articles the edit touched and grouping again only the groups
their claims leave or join (``grouping.Grouping``), and says what changed, so that a window redraws only that.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

from . import articles as loaders
from .edits import EditError, Edits, apply_to_articles, apply_to_claims
from .extract.dates import find_dates, parse_iso
from .extract.semantics import CATEGORY_LABELS
from .grouping import Grouping
from .model import Article, Claim
from .normalize import NormalizeCache, normalize_claims
from .pipeline import (
    PARALLEL_FROM,
    Analysis,
    Cancelled,
    ExtractionCache,
    Progress,
    Settings,
    analyze_articles,
    claims_of,
    load_and_extract,
    next_article_number,
)
from .workers import bounded_map


@dataclass(frozen=True)
class State:
    """Everything the analyst can change, as one value (an undo step restores the one before)."""

    articles: tuple[Article, ...] = ()
    edits: Edits = field(default_factory=Edits)
    settings: Settings = field(default_factory=Settings)

    def adding(self, new: Iterable[Article]) -> State:
        return replace(self, articles=(*self.articles, *new))

    def removing(self, article_id: str) -> State:
        return replace(self, articles=tuple(a for a in self.articles if a.id != article_id))

    def replacing(self, article: Article) -> State:
        """The article of the same id read again (a reload); the analyst's edits stay, keyed by its id."""
        return replace(self, articles=tuple(article if a.id == article.id else a for a in self.articles))

    def article(self, article_id: str) -> Article | None:
        return next((a for a in self.articles if a.id == article_id), None)

    def fingerprints(self) -> set[str]:
        """The texts already loaded, so the same text dropped again is not a second article."""
        return {loaders.text_fingerprint(a.text) for a in self.articles if not a.error}


@dataclass(frozen=True)
class Snapshot:
    """What a worker needs to analyse a state off the window's thread: the state and its own copies of the
    caches (the worker fills them; ``Workspace.merge`` takes what it learned)."""

    state: State
    extracted: ExtractionCache
    normalized: NormalizeCache

    def analyze(self, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> Analysis:
        """The state analysed (``progress`` and ``cancelled``: see ``analyze_articles``)."""
        s = self.state
        return analyze_articles(list(s.articles), s.settings, s.edits, self.extracted, self.normalized,
                                progress, cancelled)


@dataclass(frozen=True)
class Update:
    """The analysis an edit made from the one before, and what changed in it."""

    analysis: Analysis
    by_article: dict[str, list[Claim]]  # the analysis's claims, article by article, in order
    claims: dict[str, Claim | None]  # id → each claim that is new or changed (or None: gone)
    articles: frozenset[str]  # the articles whose fields or claims changed
    groups: frozenset[str]  # the groups a changed claim left or joined


@dataclass
class _Shown:
    """The last analysis, of ``state``, kept to update after an edit; indexes built when first needed."""

    state: State
    analysis: Analysis
    by_article: dict[str, list[Claim]] | None = None
    grouping: Grouping | None = None


class Workspace:
    """The current state and the caches that spare extracting and normalizing again after a change."""

    def __init__(self, state: State | None = None) -> None:
        self.state = state or State()
        self.extracted: ExtractionCache = {}  # (article id, publication date, language) → claims as extracted
        self.normalized: NormalizeCache = {}  # valid for self.state.settings only
        self._shown: _Shown | None = None

    def keep(self, state: State, analysis: Analysis, by_article: dict[str, list[Claim]] | None = None,
             grouping: Grouping | None = None) -> None:
        """Remember ``analysis`` (of ``state``) as the one ``update`` makes the next from; ``by_article`` (its
        claims by article) and ``grouping`` (its groups indexed) if a worker already made them."""
        self._shown = _Shown(state, analysis, by_article, grouping)

    def shown(self) -> State | None:
        """The state of the analysis kept (the one the window shows), if any."""
        return self._shown.state if self._shown is not None else None

    def update(self, state: State) -> Update | None:
        """The analysis of ``state`` made from the one kept, when they differ only in the analyst's edits
        (else None: analyse it whole). Equal to ``analyze_articles`` of ``state``; the articles an edit
        touched are analysed again (from the caches), the groups their claims leave or join built again."""
        shown = self._shown
        if (shown is None or state.settings != shown.state.settings or state.articles != shown.state.articles
                or bool(state.edits.added) != bool(shown.state.edits.added)):
            return None
        before, after = shown.state.edits, state.edits
        if shown.by_article is None:
            shown.by_article = {}
            for c in shown.analysis.claims:
                shown.by_article.setdefault(c.article, []).append(c)
        if shown.grouping is None:
            shown.grouping = Grouping(shown.analysis.claims, shown.analysis.groups)
        grouping = shown.grouping
        edited = _differing(before.claims, after.claims)
        retitled = _differing(before.articles, after.articles)
        old_added, new_added = {id(c) for c in before.added}, {id(c) for c in after.added}
        again = ({grouping.claims[grouping.position[i]].article for i in edited if i in grouping.position}
                 | {c.article for c in before.added if id(c) not in new_added}
                 | {c.article for c in after.added if id(c) not in old_added}
                 | {i for i in retitled if any(before.articles.get(i, {}).get(f, _UNSET) != after.articles.get(i, {}).get(f, _UNSET)
                                               for f in _READ_AGAIN)})  # a date or language set, changed or unset
        originals = {a.id: a for a in state.articles if a.id in retitled or a.id in again}
        arts = [apply_to_articles([originals[a.id]], after)[0] if a.id in retitled else a
                for a in shown.analysis.articles]
        segments = {a.id: self._segment(a, state) for a in arts if a.id in again}
        old = shown.by_article
        replaced = [c.id for aid in segments for c in old.get(aid, ())]
        fresh = {c.id: c for segment in segments.values() for c in segment}
        if list(fresh) == replaced:  # the same claims, edited: each takes its own place
            claims = None
        else:  # claims found anew, added or gone: the whole order again
            order = sorted(a.id for a in arts) if after.added else [a.id for a in arts]
            claims = [c for aid in order for c in (segments[aid] if aid in segments else old.get(aid, ()))]
        changed = grouping.update(claims, fresh, replaced, after.overrides(), after.group_labels)
        result, groups = grouping.claims, grouping.sorted_groups()
        touched = {c.article for c in changed.values() if c is not None} | again
        by_article = {aid: claims for aid, claims in old.items() if aid not in touched}
        for aid in touched:
            by_article[aid] = [changed.get(c.id) or c for c in segments[aid]] if aid in segments else [
                changed.get(c.id) or c for c in old.get(aid, ())]
        analysis = Analysis(articles=arts, claims=result, groups=groups)
        self._shown = _Shown(state, analysis, by_article, grouping)
        return Update(analysis, by_article, changed, frozenset(touched | retitled), frozenset(grouping.touched))

    def _segment(self, article: Article, state: State) -> list[Claim]:
        """One article's claims, extracted (or from the cache), edited and normalized, before grouping."""
        key = (article.id, article.published, article.lang)
        if key not in self.extracted:
            self.extracted[key] = claims_of(article)
        edited = apply_to_claims(self.extracted[key], state.edits, article.id)
        return normalize_claims(edited, state.settings, {article.id: article.text}, cache=self.normalized,
                                published={article.id: article.published})

    def set_state(self, state: State) -> None:
        """Make ``state`` current. Cached extraction of an article whose text changed (a reload, or the undo
        of one) is forgotten; cached normalization is forgotten when the settings changed."""
        changed: set[str] = set()
        if state.articles is not self.state.articles:  # (an edit or a setting keeps the very same articles)
            before = {a.id: a for a in self.state.articles}
            changed = {a.id for a in state.articles if a.id in before and before[a.id].text != a.text}
        if changed:
            self.extracted = {key: claims for key, claims in self.extracted.items() if key[0] not in changed}
        if state.settings != self.state.settings:
            self.normalized = {}  # (it is keyed by the claim object, so a changed claim never hits it)
        self.state = state

    def analyze(self) -> Analysis:
        """The current state analysed on this thread (quick for a small project)."""
        return Snapshot(self.state, self.extracted, self.normalized).analyze()

    def snapshot(self, state: State | None = None) -> Snapshot:
        """A copy for a worker: of the current state, or of ``state`` (the state a change will make)."""
        state = state or self.state
        normalized = dict(self.normalized) if state.settings == self.state.settings else {}
        return Snapshot(state, dict(self.extracted), normalized)

    def merge(self, snapshot: Snapshot) -> None:
        """Keep what a worker extracted and normalized, when it still applies to the current state."""
        if snapshot.state is self.state:  # the worker's state is the current one: its caches are whole
            self.extracted, self.normalized = snapshot.extracted, snapshot.normalized
            return
        current = {a.id: a.text for a in self.state.articles}
        seen = {a.id: a.text for a in snapshot.state.articles}
        self.extracted.update({key: claims for key, claims in snapshot.extracted.items()
                               if key[0] in current and seen.get(key[0]) == current[key[0]]})
        if snapshot.state.settings == self.state.settings:
            self.normalized.update(snapshot.normalized)

    def extracted_claim(self, claim: Claim) -> Claim | None:
        """The claim as extraction found it, before the analyst's edits ("was 66,000")."""
        article = self.state.article(claim.article)
        if article is None:
            return None
        edited = self.state.edits.articles.get(article.id, {})
        key = (article.id, edited.get("published", article.published), edited.get("lang", article.lang))
        return next((c for c in self.extracted.get(key, []) if c.id == claim.id), None)

    def next_id(self) -> int:
        return next_article_number(self.state.articles)

    def cost(self, state: State | None = None) -> int:
        """The work of analysing ``state`` (else the current one) from these caches, in cached claims'
        worth: each claim the cache holds for its articles, and the text of the others as the extraction
        it needs (``extraction_cost``). A window analyses a cheap state at once, a costly one off its thread."""
        state = state or self.state
        total = 0
        for a in apply_to_articles(list(state.articles), state.edits):
            found = self.extracted.get((a.id, a.published, a.lang))
            total += len(found) if found is not None else extraction_cost(len(a.text))
        return total


# Extracting this many characters of text costs about as much as normalizing and grouping one claim the
# cache holds (measured on bench/corpus.py's realistic articles: ~1.6 µs a character against ~11 µs a claim).
CHARS_PER_CACHED_CLAIM = 7


def extraction_cost(characters: int) -> int:
    """The work of extracting ``characters`` of text, in cached claims' worth (see ``Workspace.cost``)."""
    return characters // CHARS_PER_CACHED_CLAIM


# The article fields that change what extraction finds: an edit of one reads the article again.
_READ_AGAIN = ("published", "lang")
_UNSET = object()  # (an edit that sets the publication date to None is not the absence of an edit)


def _differing(before: Mapping[str, object], after: Mapping[str, object]) -> set[str]:
    """The keys whose values differ between two mappings (one holding a key the other lacks included)."""
    return {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}


def load_new(snapshot: Snapshot, inputs: list[str], progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None,
             skipped: list[str] | None = None) -> tuple[Snapshot, Analysis]:
    """Read ``inputs`` (files, folders, URLs) as new articles of the snapshot's state, extract them into its
    cache and analyse the result: the whole of a load, for a worker thread. Returns the snapshot of the
    state with the new articles, and its analysis; the files left out of folders are added to ``skipped``."""
    loaded = load_and_extract(inputs, progress=progress, cancelled=cancelled,
                              first_id=next_article_number(snapshot.state.articles),
                              seen=snapshot.state.fingerprints(), skipped=skipped)
    snapshot.extracted.update({(a.id, a.published, a.lang): claims for a, claims in loaded})
    after = Snapshot(snapshot.state.adding(a for a, _ in loaded), snapshot.extracted, snapshot.normalized)
    return after, after.analyze()


def extract_all(snapshot: Snapshot, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> tuple[Snapshot, Analysis] | None:
    """Every article of the snapshot's state extracted into its cache (across the machine's cores from
    ``PARALLEL_FROM`` articles on), each one reported, then the state analysed, each article's claims
    reported again as they are normalized: opening a project, or a large project's change of settings, for a
    worker thread. None when ``cancelled`` stopped it."""
    s = snapshot.state
    todo = [a for a in apply_to_articles(list(s.articles), s.edits) if (a.id, a.published, a.lang) not in snapshot.extracted]
    workers = (os.cpu_count() or 1) if len(todo) >= PARALLEL_FROM else 1
    for n, (a, claims) in enumerate(bounded_map(claims_of, todo, workers, stop=cancelled), 1):
        snapshot.extracted[(a.id, a.published, a.lang)] = claims
        if progress is not None:
            progress(n, len(todo), a.title or a.id)
    if cancelled is not None and cancelled():
        return None
    try:
        return snapshot, snapshot.analyze(progress, cancelled)
    except Cancelled:
        return None


def reread(snapshot: Snapshot, article_id: str) -> tuple[Snapshot, Analysis]:
    """The article read again from its file or address, under the same id (its edits stay)."""
    old = snapshot.state.article(article_id)
    if old is None or not (old.path or old.url):
        raise EditError("this article was pasted; there is nothing to read it again from")
    article = loaders.load(old.path or old.url or "", article_id=article_id)
    extracted = {key: claims for key, claims in snapshot.extracted.items() if key[0] != article_id}
    after = Snapshot(snapshot.state.replacing(article), extracted, {})
    return after, after.analyze()


def typed_date(typed: str) -> str | None:
    """A date as the analyst types it ("2023-08-15", "September 2022", "Feb. 3, 2024") in ISO form at the
    precision written ("2022-09" is a month); empty is None. Read by the same date reader as the articles;
    EditError when the words are not one whole date."""
    text = typed.strip()
    if not text:
        return None
    if parse_iso(text) is not None:
        return text
    mentions = find_dates(text)
    whole = [m for m in mentions if not text[: m.start].strip() and not text[m.end:].strip(" .")]
    resolved = whole[0].resolve(None) if len(whole) == 1 and whole[0].year is not None else None
    if resolved is None:
        raise EditError(f"'{typed}' is not a date; write it as 2023-08-15, September 2022 or Feb. 3, 2024")
    return resolved


def known_categories(in_use: Iterable[str | None] = ()) -> dict[str, str]:
    """The categories an analyst may choose (key → label): the core's, and any already in the project."""
    out = dict(CATEGORY_LABELS)
    for key in in_use:
        if key and key not in out:
            out[key] = key.replace("_", " ").capitalize()
    return out


def typed_category(typed: str, known: dict[str, str]) -> str | None:
    """The category key for what the analyst chose or typed (a key or its label); EditError for any other
    word, so that "deaths" never becomes a group of its own beside "killed"."""
    text = typed.strip()
    if not text:
        return None
    for key, label in known.items():
        if text.lower() in (key.lower(), label.lower()):
            return key
    raise EditError(f"'{typed}' is not a category; choose one of {', '.join(known.values())}")
