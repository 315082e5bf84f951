"""Comparing across articles: groups checked exactly on fixtures of several outlets, formats and dates."""

from __future__ import annotations

from pathlib import Path

import docx

import crosscount
from crosscount.core.compare import compare
from crosscount.core.pipeline import analyze


def write_fixtures(folder: Path) -> list[str]:
    (folder / "ap.txt").write_text(
        "Russian losses mount\nPublished: April 20, 2023\n\nThe Associated Press reported that Moscow had lost "
        "upwards of 50,000 soldiers killed as of April 2023. Ukrainian officials said 9,000 civilians had died.\n",
        encoding="utf-8")
    (folder / "mod.html").write_text(
        "<html><head><title>Defence intelligence update</title><meta property='og:site_name' content='GOV.UK'>"
        "<meta property='article:published_time' content='2023-02-17'></head><body><article><h1>Defence "
        "intelligence update</h1><p>The UK Ministry of Defence estimated that between 40,000 and 60,000 Russian "
        "soldiers had been killed, and 150,000 to 180,000 wounded. The assessment was published on Friday morning "
        "and repeated figures that officials had given to reporters earlier in the week.</p></article></body></html>",
        encoding="utf-8")
    d = docx.Document()
    d.core_properties.title = "Kyiv briefing"
    d.add_paragraph("Published: March 3, 2023")
    d.add_paragraph("Ukraine's General Staff said 150,000 Russian troops had been killed. The UN said 8,000 "
                    "Ukrainian civilians had been killed and 13,000 wounded.")
    d.save(str(folder / "kyiv.docx"))
    (folder / "outlier.txt").write_text(
        "Claims online\nPublished: May 1, 2023\n\nA Telegram channel claimed 900,000 Russian soldiers were killed.\n",
        encoding="utf-8")
    return [str(folder)]


def test_groups_across_articles_are_exact(tmp_path):
    analysis = analyze(write_fixtures(tmp_path))
    by_id = {c.id: c for c in analysis.claims}
    groups = {g.label: sorted(by_id[i].text for i in g.claims) for g in analysis.groups}
    assert groups == {
        "Killed — Russia · military": ["150,000", "900,000", "between 40,000 and 60,000", "upwards of 50,000"],
        "Killed — Ukraine · civilians": ["8,000", "9,000"],
        "Wounded — Russia · military": ["150,000 to 180,000"],
        "Wounded — Ukraine · civilians": ["13,000"],
    }
    killed = next(g for g in analysis.groups if g.label == "Killed — Russia · military")
    members = {by_id[i].text: by_id[i] for i in killed.claims}
    assert members["upwards of 50,000"].source == "The Associated Press"
    assert members["between 40,000 and 60,000"].source == "UK Ministry of Defence"
    assert members["150,000"].source == "General Staff" or members["150,000"].source.endswith("General Staff")
    assert {c.article for c in members.values()} == {a.id for a in analysis.articles}


def test_a_figure_far_from_its_group_is_flagged(tmp_path):
    analysis = analyze(write_fixtures(tmp_path))
    flagged = [c.text for c in analysis.claims if any(f.startswith("outlier") for f in c.flags)]
    assert flagged == ["900,000"]


def test_sides_and_categories_never_share_a_group(tmp_path):
    analysis = analyze(write_fixtures(tmp_path))
    by_id = {c.id: c for c in analysis.claims}
    for g in analysis.groups:
        members = [by_id[i] for i in g.claims]
        assert len({(c.category, c.subject, c.kind) for c in members}) == 1


def test_the_analysts_move_wins_and_a_new_group_can_be_named(tmp_path):
    analysis = analyze(write_fixtures(tmp_path))
    moved = next(c for c in analysis.claims if c.text == "900,000")
    claims, groups = compare(analysis.claims, overrides={moved.id: "unverified"}, labels={"unverified": "Unverified claims"})
    new = next(g for g in groups if g.key == "unverified")
    assert new.label == "Unverified claims" and new.claims == (moved.id,)
    assert all(moved.id not in g.claims for g in groups if g.key != "unverified")


def test_public_compare_api(tmp_path):
    write_fixtures(tmp_path)
    articles = [crosscount.load(str(p)) for p in sorted(tmp_path.iterdir())]
    labels = {g.label for g in crosscount.compare(articles)}
    assert "Killed — Russia · military" in labels
