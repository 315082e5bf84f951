"""Writing a file so that it is either the old one or the whole new one: projects and exports.

Every write goes to a temporary ``.NAME.PID.XXXX.part`` file beside the target, is flushed to disk and
renamed over the target only when complete, so a crash, a full disk or ``kill -9`` mid-save leaves the
previous file intact. Two things a plain ``mkstemp`` gets wrong are handled here:

- mode: ``mkstemp`` creates files readable by their owner only (0600). A replaced file keeps the mode it
  had; a new one gets what the user's umask gives any new file (0644 under the usual umask 022).
- leftovers: a process killed mid-write leaves its ``.part`` file behind. The process id in the name
  tells whose it was, so each write removes the leftovers of the same target whose writer is gone.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

_PART = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[^.]+\.part(?:-journal|-wal|-shm)?$")  # SQLite's own beside


def new_file_mode() -> int:
    """The permission bits a newly created file gets from this process's umask (0o666 & ~umask).

    Linux says the umask in /proc/self/status; elsewhere it can only be read by setting it, which is
    done once and put straight back."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # somebody else's live process, or a number we cannot judge: leave its file alone
    return True


def remove_stale_parts(target: Path) -> list[Path]:
    """Remove the ``.part`` files of ``target`` left by writers that no longer run; returns them."""
    removed: list[Path] = []
    folder = target.parent
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        m = _PART.match(entry.name)
        if m is None or m.group("name") != target.name or _alive(int(m.group("pid"))):
            continue
        with contextlib.suppress(OSError):
            entry.unlink()
            removed.append(entry)
    return removed


@contextlib.contextmanager
def replacing(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path beside ``path`` to write the new file to; renamed over ``path`` when the block
    ends without an exception, removed otherwise."""
    target = Path(path)
    remove_stale_parts(target)
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mode = new_file_mode()
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write(path: str | os.PathLike[str], write: Callable[[IO[bytes]], None]) -> None:
    """Write through a temporary file beside ``path``, synced to disk, and rename it into place."""
    with replacing(path) as tmp, open(tmp, "wb") as fh:
        write(fh)
        fh.flush()
        os.fsync(fh.fileno())
