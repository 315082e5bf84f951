"""The licence texts the packaged app carries (packaging/licences.py), written as the spec writes them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("licences", ROOT / "packaging" / "licences.py")
assert _spec is not None and _spec.loader is not None
licences = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(licences)

# The libraries the About dialog names, by their distributions' names.
NAMED = ["pyqtgraph", "numpy", "Pint", "trafilatura", "pypdf", "python-docx", "charset-normalizer", "babel",
         "openpyxl", "PySide6_Essentials", "shiboken6"]


def test_every_bundled_library_has_its_licence_text_written_with_an_index(tmp_path):
    out = tmp_path / "licences"
    written = licences.collect(out)
    names = {name.lower() for name, _version, _files in written}
    assert {n.lower() for n in NAMED} <= names
    assert "dask" not in names and "pytest" not in names, "only what the app bundles"
    for name, _version, files in written:
        assert files, name
        assert any((out / f).stat().st_size > 300 for f in files), name  # a licence text, not only a name list
    index = (out / "README.txt").read_text(encoding="utf-8")
    assert all(f"    {f}" in index for _n, _v, files in written for f in files)
    qt = next(files for name, _v, files in written if name == "PySide6_Essentials")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (out / qt[0]).read_text(encoding="utf-8")
    assert (out / "Crosscount-LICENSE.txt").read_text(encoding="utf-8") == (ROOT / "LICENSE").read_text(encoding="utf-8")


def test_the_kept_gnu_texts_are_the_fsf_versions_3():
    lgpl = (ROOT / "packaging" / "licences" / "LGPL-3.0.txt").read_text(encoding="utf-8")
    gpl = (ROOT / "packaging" / "licences" / "GPL-3.0.txt").read_text(encoding="utf-8")
    assert lgpl.lstrip().startswith("GNU LESSER GENERAL PUBLIC LICENSE") and "Version 3, 29 June 2007" in lgpl
    assert gpl.lstrip().startswith("GNU GENERAL PUBLIC LICENSE") and "END OF TERMS AND CONDITIONS" in gpl
