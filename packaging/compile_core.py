"""Compile the extraction modules of the core with mypyc into build/compiled/ (`make compiled`).

Why: extraction is pure Python and its time goes to the interpreter between regex calls; mypyc, which
compiles type-annotated modules to C extensions, makes it about 1.6× faster. The packaged app and the
benchmarks use the compiled copy; the source tree stays pure Python, so an edit takes effect at once and
a machine without a C compiler still runs everything. `make test-compiled` runs the core's tests on
the compiled copy, so both are checked.

The copy is the whole package (the modules not compiled stay .py), with resources/ where the installed
package has it, so that ``PYTHONPATH=build/compiled`` imports it in place of the source.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "compiled"
# The extraction path (crosscount.extract) is the package core/extract/: every module in it is compiled
# (the figure grammar, numbers, dates, semantics, the lexicons); its __init__ files stay Python.
EXTRACT = ROOT / "desktop" / "crosscount" / "core" / "extract"
COMPILED = sorted(p.relative_to(ROOT / "desktop").as_posix() for p in EXTRACT.rglob("*.py") if p.name != "__init__.py")


DIGEST = OUT / "SOURCE-DIGEST"


def source_digest() -> str:
    """A digest of everything the copy is made from: a copy with another digest is stale."""
    h = hashlib.sha256()
    for path in sorted([*(ROOT / "desktop" / "crosscount").rglob("*"), *(ROOT / "resources").rglob("*")]):
        if path.is_file() and "__pycache__" not in path.parts and not path.name.endswith((".so", ".pyd")):
            h.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    h.update(Path(__file__).read_bytes())  # the list of modules to compile, and how
    h.update(sys.version.encode())
    return h.hexdigest()


def compiled_tree() -> Path | None:
    """build/compiled when it was built from the sources as they are now (else None: use the sources)."""
    return OUT if DIGEST.exists() and DIGEST.read_text() == source_digest() else None


def main() -> int:
    if compiled_tree() is not None:
        print(f"{OUT.relative_to(ROOT)} is up to date")
        return 0
    # The digest of the sources as they are when copied: an edit made while mypyc runs leaves a copy whose
    # digest no longer matches, so the next run rebuilds it rather than take the stale copy as current.
    digest = source_digest()
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    shutil.copytree(ROOT / "desktop" / "crosscount", OUT / "crosscount",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
    shutil.copytree(ROOT / "resources", OUT / "crosscount" / "resources", ignore=shutil.ignore_patterns("__pycache__"))
    res = subprocess.run([sys.executable, "-m", "mypyc", *COMPILED], cwd=OUT, capture_output=True, text=True)
    if res.returncode != 0:
        sys.stderr.write(res.stdout[-4000:] + res.stderr[-4000:])
        return res.returncode
    for module in COMPILED:  # the extension is imported in place of the module; the source only confuses
        (OUT / module).unlink()
    shutil.rmtree(OUT / "build", ignore_errors=True)
    built = sorted(p.relative_to(OUT).as_posix() for p in (OUT / "crosscount").rglob("*")
                   if p.name.endswith(tuple(EXTENSION_SUFFIXES)))
    if len(built) != len(COMPILED):
        sys.stderr.write(f"mypyc built {built}, expected {COMPILED}\n")
        return 1
    DIGEST.write_text(digest)
    print(f"compiled {len(built)} modules into {OUT.relative_to(ROOT)}: {', '.join(built)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
