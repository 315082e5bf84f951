"""The licence texts the packaged app carries: Crosscount's own, Python's, and those of every library it
bundles, each as its distribution ships it (``*.dist-info/licenses/``, ``LICENSE*``, ``COPYING*``, ``NOTICE*``).

Qt for Python (PySide6, shiboken6) ships no licence file in its wheels; Crosscount uses it under the GNU
LGPL v3, whose text (and that of the GNU GPL v3 it builds on) is kept in ``packaging/licences/`` as the
FSF publishes them. The bundled libraries are the closure of Crosscount's requirements and its ``gui``
extra (the others are not packaged). ``collect`` writes them, with an index (``README.txt``), into a
folder the spec bundles as ``crosscount/licences``; ``smoke.sh`` checks the built app holds them.

    python packaging/licences.py build/licences
"""

from __future__ import annotations

import re
import shutil
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
KEPT = Path(__file__).resolve().parent / "licences"
EXTRAS = ("gui",)
# The distributions whose wheels carry no licence text, and the texts of the licence they are used under.
# (pymorphy3's dictionaries: MIT for their code; the Ukrainian dictionary GPL v3, the Russian CC BY-SA 3.0)
WITHOUT_TEXT = {"pyside6-essentials": ("LGPL-3.0.txt", "GPL-3.0.txt"), "shiboken6": ("LGPL-3.0.txt", "GPL-3.0.txt"),
                "pymorphy3-dicts-ru": ("MIT-pymorphy3-dicts.txt",),
                "pymorphy3-dicts-uk": ("MIT-pymorphy3-dicts.txt", "GPL-3.0.txt")}
_LICENCE_FILE = re.compile(r"(?i)^(licen[cs]e|copying|notice|authors)")


def _name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def bundled(root: str = "crosscount", extras: tuple[str, ...] = EXTRAS) -> list[metadata.Distribution]:
    """Every installed distribution the app needs: ``root``'s requirements (and those of ``extras``), and
    theirs, as the markers of this interpreter select them."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [(root, set(extras))]
    while todo:
        name, wanted = todo.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an optional requirement not installed here is not bundled either
        key = _name(dist.metadata["Name"])
        first = key not in seen
        seen[key] = dist
        for line in dist.requires or []:
            req = Requirement(line)
            env = [{"extra": e} for e in wanted] or [{"extra": ""}]
            if req.marker is None or any(req.marker.evaluate(e) for e in env):
                if first or req.marker is not None:
                    todo.append((req.name, set(req.extras)))
    return [d for k, d in sorted(seen.items()) if k != _name(root)]


def licence_files(dist: metadata.Distribution) -> list[Path]:
    """The licence texts a distribution installs: those in its dist-info's ``licenses`` folder, or named
    LICENSE/COPYING/NOTICE/AUTHORS there or at the top of its package."""
    found = []
    for entry in dist.files or []:
        parts = entry.parts
        in_info = parts[0].endswith(".dist-info")
        if (in_info and len(parts) > 2 and parts[1] == "licenses") or (
                len(parts) <= 2 and _LICENCE_FILE.match(parts[-1]) and (in_info or len(parts) == 2)):
            path = Path(str(dist.locate_file(entry)))
            if path.is_file():
                found.append(path)
    return found


def collect(out: Path) -> list[tuple[str, str, list[str]]]:
    """Write every licence text into ``out`` (emptied first), one folder per distribution, and an index.
    Returns (distribution, version, files written) per distribution; a distribution with none is an error."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    shutil.copy(ROOT / "LICENSE", out / "Crosscount-LICENSE.txt")
    python = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    written: list[tuple[str, str, list[str]]] = [("Crosscount", "", ["Crosscount-LICENSE.txt"])]
    if python.is_file():
        shutil.copy(python, out / "Python-LICENSE.txt")
        written.append(("Python", sys.version.split()[0], ["Python-LICENSE.txt"]))
    missing = []
    for dist in bundled():
        name, version = dist.metadata["Name"], dist.version
        folder = out / f"{name}-{version}"
        folder.mkdir()
        sources = licence_files(dist) or [KEPT / text for text in WITHOUT_TEXT.get(_name(name), ())]
        files = []
        for source in sources:
            target = folder / source.name
            if target.exists():  # two texts of one name (numpy's vendored parts): keep both
                target = folder / f"{source.parent.name}-{source.name}"
            shutil.copy(source, target)
            files.append(f"{folder.name}/{target.name}")
        if not files:
            missing.append(name)
        written.append((name, version, files))
    if missing:
        raise SystemExit(f"no licence text found for {', '.join(missing)}: add it to packaging/licences/")
    index = ["The licences of Crosscount and of everything the packaged app bundles.", ""]
    for name, version, files in written:
        index.append(f"{name} {version}".strip())
        index += [f"    {f}" for f in files]
    (out / "README.txt").write_text("\n".join(index) + "\n", encoding="utf-8")
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "licences"
    for name, version, files in collect(target):
        print(f"{name} {version}: {len(files)} file(s)")
