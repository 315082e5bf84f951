"""The outlet of a wire story from its dateline, in text, PDF and Word files, and never from a line that
only looks like one."""

from __future__ import annotations

import docx
import pytest
from fpdf import FPDF

from crosscount.core.articles import from_text, load, wire_outlet


@pytest.mark.parametrize("opening, outlet", [
    ("KYIV, Ukraine (AP) — Russian drones struck the capital overnight.", "AP"),
    ("WASHINGTON (Reuters) - The Pentagon said on Tuesday it would send more air defence.", "Reuters"),
    ("ST. PETERSBURG, Russia (AFP) – Thousands queued at a recruitment office.", "AFP"),
    ("LONDON (Bloomberg News) — Sterling fell to its lowest level this year.", "Bloomberg News"),
    ("NEW YORK, N.Y. (AP) — Stocks fell for a third day.", "AP"),  # a state's abbreviation after the place
    ("DNIPRO, Ukraine, March 7 (Reuters) - A missile hit the city centre.", "Reuters"),  # a date after the country
])
def test_a_wire_dateline_names_the_outlet(opening, outlet):
    assert wire_outlet(f"Headline\n\n{opening}\n") == outlet
    assert from_text(f"Headline\n\n{opening} Officials said 12 people were killed.\n").outlet == outlet


@pytest.mark.parametrize("line", [
    "The WHO (World Health Organization) – which tracks outbreaks – said 40 people died.",
    "Officials (who declined to be named) - said 40 people died.",
    "In 2023 (a record year) – 40 people died.",
])
def test_a_line_that_only_looks_like_a_dateline_names_no_outlet(line):
    assert wire_outlet(f"Headline\n\n{line}\n") is None


def test_pdf_and_word_files_take_the_outlet_of_their_dateline(tmp_path):
    body = "MOSCOW (Reuters) - Officials said 300 soldiers were killed in the region."
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Losses reported\n\n" + body)
    pdf.output(str(tmp_path / "story.pdf"))
    document = docx.Document()
    document.add_paragraph("Losses reported")
    document.add_paragraph(body)
    document.save(str(tmp_path / "story.docx"))
    assert load(str(tmp_path / "story.pdf")).outlet == "Reuters"
    assert load(str(tmp_path / "story.docx")).outlet == "Reuters"
