"""The outlet of a PDF or a Word document from what its metadata says of the publication, marked as read
from there; never from a field that names a person or a program."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from crosscount.core.articles import from_text, load
from crosscount.core.edits import Edits, apply_to_articles

BODY = "Officials said 1,200 people were evacuated from the flooded district on Tuesday."
PRISM = "http://prismstandard.org/namespaces/basic/2.0/"


def pdf(path: Path, xmp: str | None = None, author: str | None = None) -> Path:
    doc = FPDF()
    doc.add_page()
    doc.set_font("helvetica", size=11)
    doc.multi_cell(0, 6, f"Floods force evacuations\n\n{BODY}")
    doc.set_title("Floods force evacuations")
    doc.set_creator("Word processor 12")
    doc.set_producer("PDF library 3.1")
    if author:
        doc.set_author(author)
    if xmp:
        doc.set_xmp_metadata(xmp)
    doc.output(str(path))
    return path


def xmp(inner: str, namespaces: str = "") -> str:
    return ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            f'<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" {namespaces}>{inner}'
            "</rdf:Description></rdf:RDF></x:xmpmeta>")


def test_a_pdf_names_its_publication_in_prism_publication_name(tmp_path):
    path = pdf(tmp_path / "a.pdf", xmp("<prism:publicationName>The Riverside Courier</prism:publicationName>",
                                       f'xmlns:prism="{PRISM}"'))
    article = load(str(path))
    assert (article.outlet, article.outlet_from) == ("The Riverside Courier",
                                                     "the PDF's metadata (prism:publicationName)")


def test_a_prism_name_written_as_an_attribute_is_read_too(tmp_path):
    packet = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
              f'<rdf:Description rdf:about="" xmlns:prism="{PRISM.replace("2.0", "3.0")}" '
              'prism:publicationName="Harbour Evening Post"/></rdf:RDF></x:xmpmeta>')
    assert load(str(pdf(tmp_path / "a.pdf", packet))).outlet == "Harbour Evening Post"


def test_a_pdf_publisher_in_dublin_core(tmp_path):
    path = pdf(tmp_path / "a.pdf", xmp("<dc:publisher><rdf:Bag><rdf:li>Northern Wire Service</rdf:li></rdf:Bag>"
                                       "</dc:publisher>"))
    article = load(str(path))
    assert (article.outlet, article.outlet_from) == ("Northern Wire Service", "the PDF's metadata (dc:publisher)")


def test_a_publisher_entry_of_the_document_information(tmp_path):
    source = pdf(tmp_path / "plain.pdf")
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.add_metadata({"/Publisher": "Valley Gazette"})
    path = tmp_path / "a.pdf"
    with path.open("wb") as out:
        writer.write(out)
    article = load(str(path))
    assert (article.outlet, article.outlet_from) == ("Valley Gazette", "the PDF's document information (Publisher)")


def test_author_creator_and_producer_are_never_the_outlet(tmp_path):
    article = load(str(pdf(tmp_path / "a.pdf", author="Maria Lopez")))
    assert article.author == "Maria Lopez"
    assert (article.outlet, article.outlet_from) == (None, None)


def test_a_damaged_xmp_packet_leaves_the_outlet_unknown_and_the_text_read(tmp_path):
    path = pdf(tmp_path / "a.pdf", xmp("<dc:publisher><rdf:Bag><rdf:li>Broken"))
    article = load(str(path))
    assert article.error is None and "1,200 people" in article.text
    assert article.outlet is None


def word(path: Path, company: str | None = None, custom: dict[str, str] | None = None) -> Path:
    """A .docx as Word writes one; ``company`` in docProps/app.xml, ``custom`` in docProps/custom.xml."""
    d = docx.Document()
    d.add_paragraph("Floods force evacuations")
    d.add_paragraph(BODY)
    d.core_properties.author = "Maria Lopez"
    d.core_properties.category = "Weather"
    plain = io.BytesIO()
    d.save(plain)
    with zipfile.ZipFile(plain) as z, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in z.infolist():
            data = z.read(item)
            if item.filename == "docProps/app.xml" and company:
                data = data.replace(b"<Company/>", f"<Company>{company}</Company>".encode())
            if item.filename == "_rels/.rels" and custom:
                data = data.replace(b"</Relationships>", (
                    b'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    b'relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'))
            if item.filename == "[Content_Types].xml" and custom:
                data = data.replace(b"</Types>", (
                    b'<Override PartName="/docProps/custom.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'))
            out.writestr(item, data)
        if custom:
            props = "".join(
                f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i}" name="{name}">'
                f"<vt:lpwstr>{value}</vt:lpwstr></property>" for i, (name, value) in enumerate(custom.items(), 2))
            out.writestr("docProps/custom.xml", (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
                'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                f"{props}</Properties>"))
    return path


def test_a_word_document_names_its_publication_in_a_custom_property(tmp_path):
    path = word(tmp_path / "a.docx", company="Lopez Media Services", custom={"Desk": "Metro", "Publisher": "City Ledger"})
    article = load(str(path))
    assert (article.outlet, article.outlet_from) == ("City Ledger", "the document's properties (Publisher)")


def test_a_word_documents_company_is_the_outlet_when_nothing_else_names_one(tmp_path):
    article = load(str(word(tmp_path / "a.docx", company="Lakeshore Tribune")))
    assert (article.outlet, article.outlet_from) == ("Lakeshore Tribune", "the document's properties (Company)")
    assert article.author == "Maria Lopez"


def test_a_word_documents_author_and_category_are_never_the_outlet(tmp_path):
    article = load(str(word(tmp_path / "a.docx")))
    assert (article.author, article.outlet, article.outlet_from) == ("Maria Lopez", None, None)


def test_a_wire_dateline_is_marked_as_where_the_outlet_was_read():
    article = from_text("Floods\n\nLAGOS, Nigeria (AP) — " + BODY, "a1")
    assert (article.outlet, article.outlet_from) == ("AP", "the wire dateline")


def test_an_outlet_the_analyst_types_is_no_longer_marked_as_read_from_metadata(tmp_path):
    article = load(str(word(tmp_path / "a.docx", company="Lakeshore Tribune")), article_id="a1")
    edited = apply_to_articles([article], Edits().set_article("a1", outlet="The Lakeshore Tribune"))[0]
    assert (edited.outlet, edited.outlet_from) == ("The Lakeshore Tribune", None)
