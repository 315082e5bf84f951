"""The claim detail pane: everything about the selected claim, and where each part of it came from.

The figure; its sentence with the figure marked; source, outlet and as-of date (from the text, or the
publication date); the rate that converted it; its flags; for an edited claim, what extraction had found
("was 66,000"). All text from the article is escaped: it is shown, never interpreted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser

from ..core.estimate_rows import row_label
from ..core.extract.unit_words import label
from ..core.model import Article, Claim, format_value
from ..core.workspace import Workspace
from .claims_model import KIND_COLOURS, ClaimsModel

# where extraction read a field (Claim.as_of_from, Claim.source_from, Claim.subject_from); an edited field is the analyst's
READ_FROM = {"own clause": "its own clause", "sentence": "its sentence", "paragraph": "its paragraph",
             "article": "the article (inferred)", "dateline": "the dateline", "published": "the publication date"}
# whose money a bare "$" or a shared symbol ("Rs") is, where the figure does not say it (Claim.unit_from)
CURRENCY_FROM = {"sentence": "read from the country its sentence names", "dateline": "inferred from the dateline's country",
                 "paragraph": "inferred from the country its paragraph names",
                 "article": "inferred from the country the article names", "guess": "a guess: the text names no country"}
Report = tuple[Claim, "Article | None"]


def _value(c: Claim) -> str:
    value = format_value(c.low, c.high, c.bound)
    return value + (f" {label(c.unit)}" if c.unit else "") + (f" / {c.per}" if c.per else "")


def _where(claim: Claim, article: Article | None) -> str:
    """An echo's or a report's row label ("Mediazona — BBC, 2024-07-05"), linked where it has a web address."""
    text = escape(row_label(claim, article))
    url = article.url if article is not None else None
    return f'<a href="{escape(url)}">{text}</a>' if url and url.lower().startswith(("http://", "https://")) else text


def detail_html(claim: Claim, article: Article | None, original: Claim | None,
                reports: Sequence[Report] = (), repeats: Report | None = None) -> str:
    """The pane's text for ``claim``; ``original`` is the claim as extracted, when the analyst edited it;
    ``reports`` every report of the estimate it is the first of, ``repeats`` the first report it echoes."""
    start = claim.sentence.find(claim.text)
    sentence = escape(claim.sentence)
    if start >= 0:
        colour = KIND_COLOURS.get(claim.kind, "#eeeeee")
        sentence = (escape(claim.sentence[:start]) + f'<b style="background:{colour}">{escape(claim.text)}</b>'
                    + escape(claim.sentence[start + len(claim.text):]))
    rows = [("Value", escape(_value(claim)))]
    if claim.unit and claim.unit_from:  # (Claim.unit_from: whose currency a bare "$" or "Rs" is, read from the text)
        rows.append(("Currency", f"{escape(claim.unit)} ({escape(CURRENCY_FROM.get(claim.unit_from, claim.unit_from))})"))
    if original is not None and _value(original) != _value(claim):
        rows.append(("Was", escape(_value(original))))
    n = claim.normalized or {}
    if n.get("unit") or n.get("error"):
        rows.append(("Normalized", escape(n.get("error") or
                                          format_value(n.get("low"), n.get("high"), claim.bound) + f" {label(n['unit'])}")))
    note = ClaimsModel.rate_note(claim)
    if note and n.get("rate"):
        rows.append(("Rate used", escape(note).replace("\n", "<br>")))
    source = escape(claim.source or "not named")
    if claim.source and claim.source_from:
        source += f" (read from {READ_FROM.get(claim.source_from, claim.source_from)})"
    rows.append(("Source", source))
    if article is not None:
        outlet = escape(article.outlet or "unknown")
        if article.outlet and article.outlet_from:
            outlet += f" (read from {escape(article.outlet_from)})"
        rows.append(("Outlet", outlet))
        if article.encoding_guessed:
            rows.append(("Text encoding", f"{escape(article.encoding or '?')} (guessed: the file did not say)"))
    if claim.as_of:
        rows.append(("As of", f"{escape(claim.as_of)} (from {READ_FROM.get(claim.as_of_from or '', 'the analyst')})"))
    rows.append(("Category", escape(claim.category or "none")))
    subject = escape(claim.subject or "none")
    if claim.subject and claim.subject_from:
        subject += f" (read from {READ_FROM.get(claim.subject_from, claim.subject_from)})"
    rows.append(("Subject", subject))
    if claim.flags:
        rows.append(("Flags", escape("; ".join(claim.flags))))
    if claim.edited:
        rows.append(("Edited", "by the analyst" + (" (excluded from comparison)" if claim.excluded else "")))
    if claim.note:
        rows.append(("Note", escape(claim.note).replace("\n", "<br>")))
    if reports:
        rows.append((f"Reported by {len(reports)}", "<br>".join(_where(c, a) for c, a in reports)))
    if repeats is not None:
        rows.append(("Repeats", "the estimate of " + _where(*repeats)))
    table = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
    return (f"<h3>{escape(claim.text)}</h3><p>{sentence}</p>"
            f'<table cellspacing="4">{table}</table>')


class DetailPane(QTextBrowser):
    def __init__(self) -> None:
        super().__init__(objectName="claimDetail")
        self.setAccessibleName("Claim details")
        self.setToolTip("The selected claim: its sentence, source, date and the rate used")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(lambda url: QDesktopServices.openUrl(url) if url.scheme() in ("http", "https") else None)
        self.show_claim(None, None, None)

    def show_claim(self, claim: Claim | None, article: Article | None, original: Claim | None,
                   reports: Sequence[Report] = (), repeats: Report | None = None) -> None:
        if claim is None:
            self.setHtml("<p style='color:#6b7280'>Select a claim to see its sentence, source, date and "
                         "the rate used.</p>")
        else:
            self.setHtml(detail_html(claim, article, original, reports, repeats))

    def show_claim_of(self, claim: Claim | None, workspace: Workspace, by_id: Mapping[str, Claim],
                      articles: Mapping[str, Article]) -> None:
        """``claim`` with its article, what extraction found before the analyst's edits, the reports of the
        estimate it is the first of and the first report it echoes (``by_id``, ``articles``: the analysis's)."""
        if claim is None:
            self.show_claim(None, None, None)
            return
        original = workspace.extracted_claim(claim) if claim.edited else None
        reports = [(c, articles.get(c.article)) for i in claim.reports if (c := by_id.get(i))]
        first = by_id.get(claim.estimate_of) if claim.estimate_of else None
        repeats = (first, articles.get(first.article)) if first else None
        self.show_claim(claim, workspace.state.article(claim.article), original, reports, repeats)
