"""Comparing across articles: groups checked exactly on fixtures of several outlets, formats and dates."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

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


def _article(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def test_one_sources_figure_repeated_by_several_outlets_is_one_estimate(tmp_path):
    for name, outlet in (("wire.txt", "a wire service"), ("paper.txt", "a broadsheet"), ("radio.txt", "a radio")):
        _article(tmp_path, name, f"Names of the dead\nPublished: July 5, 2024\n\nMediazona said it had confirmed at "
                 f"least 50,000 Russian soldiers killed, {outlet} reported on Friday.\n")
    _article(tmp_path, "other.txt", "Another count\nPublished: July 6, 2024\n\nThe UK Ministry of Defence said at "
             "least 50,000 Russian soldiers were killed.\n")
    analysis = analyze([str(tmp_path)])
    killed = next(g for g in analysis.groups if g.label == "Killed — Russia · military")
    members = [c for c in analysis.claims if c.group == killed.key]
    firsts = [c for c in members if c.reports]
    assert len(members) == 4 and killed.estimates == 2
    assert len(firsts) == 1 and len(firsts[0].reports) == 3 and firsts[0].reports[0] == firsts[0].id
    echoes = [c for c in members if c.estimate_of]
    assert {c.estimate_of for c in echoes} == {firsts[0].id} and len(echoes) == 2
    assert next(c for c in members if c.source == "UK Ministry of Defence").estimate_of is None


def test_the_same_value_from_another_date_or_with_no_source_is_its_own_estimate(tmp_path):
    _article(tmp_path, "june.txt", "June\nPublished: June 5, 2024\n\nMediazona said at least 50,000 Russian "
             "soldiers had been killed.\n")
    _article(tmp_path, "july.txt", "July\nPublished: July 5, 2024\n\nMediazona said at least 50,000 Russian "
             "soldiers had been killed.\n")
    _article(tmp_path, "none.txt", "Unsourced\nPublished: July 5, 2024\n\nAt least 50,000 Russian soldiers "
             "have been killed.\n")
    _article(tmp_path, "none2.txt", "Unsourced too\nPublished: July 5, 2024\n\nSome 50,000 Russian soldiers "
             "in all had been killed, at least.\n")
    analysis = analyze([str(tmp_path)])
    assert not [c for c in analysis.claims if c.estimate_of or c.reports]


@pytest.mark.parametrize("sentence, purpose", [
    ("Recruits are promised a one-off bonus of 195,000 rubles on signing.", "Sign-up bonuses"),
    ("The regional decree sets a monthly salary of 210,000 rubles for volunteers.", "Salaries"),
    ("Families of soldiers killed receive compensation of 5 million rubles.", "Compensation"),
    ("Washington approved a further $2.5 billion in military aid on Tuesday.", "Aid"),
    ("The draft budget sets aside 13 trillion rubles for defence next year.", "Budgets"),
    ("He paid 4,000 rubles for the ticket.", "Payments"),
])
def test_money_is_grouped_by_what_it_pays_for(tmp_path, sentence, purpose):
    _article(tmp_path, "a.txt", f"Money\nPublished: May 1, 2024\n\n{sentence}\n")
    analysis = analyze([str(tmp_path)])
    money = [c for c in analysis.claims if c.kind == "money"]
    assert len(money) == 1
    label = next(g.label for g in analysis.groups if g.key == money[0].group)
    assert label.split(" — ")[0].split(" per ")[0] == purpose


def test_two_sums_in_one_sentence_each_take_the_purpose_nearest_them(tmp_path):
    _article(tmp_path, "a.txt", "Pay\nPublished: May 1, 2024\n\nVolunteers get a sign-up bonus of 400,000 rubles "
             "and a monthly salary of 204,000 rubles, officials said.\n")
    analysis = analyze([str(tmp_path)])
    labels = {c.text: next(g.label for g in analysis.groups if g.key == c.group)
              for c in analysis.claims if c.kind == "money"}
    assert labels["400,000 rubles"].startswith("Sign-up bonuses")
    assert labels["204,000 rubles"].startswith("Salaries")


def test_a_comparison_opens_on_the_largest_casualty_group(tmp_path):
    from crosscount.core.compare import default_group

    _article(tmp_path, "a.txt", "Mixed\nPublished: May 1, 2024\n\nRecruits got 195,000 rubles, 200,000 rubles, "
             "210,000 rubles and 230,000 rubles in bonuses. Officials said 300 soldiers were killed.\n")
    analysis = analyze([str(tmp_path)])
    assert analysis.groups[0].category != "killed"  # the payments are the larger group
    chosen = default_group(analysis.groups)
    assert chosen is not None and chosen.category == "killed"
