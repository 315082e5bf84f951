"""Text that XML 1.0 can carry: the workbook's parts, openpyxl's charts and the SVG charts all hold
article text, which may contain control characters, U+FFFE or lone surrogates that XML cannot."""

from __future__ import annotations

import re

NOT_XML = "\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff"  # a character class's inside: none of these
_ILLEGAL = re.compile(f"[{NOT_XML}]")
_MARKUP = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
_ESCAPE = re.compile(f"[&<>\"{NOT_XML}]")


def xml_safe(text: str) -> str:
    """The text with what XML cannot carry dropped (for writers that escape markup themselves)."""
    return _ILLEGAL.sub("", text)


def xml_escaped(text: str) -> str:
    """The text as XML character data or an attribute value: markup escaped, what XML cannot carry dropped."""
    return _ESCAPE.sub(lambda m: _MARKUP.get(m.group(), ""), text)
