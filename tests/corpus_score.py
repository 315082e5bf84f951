"""Scoring extraction against the labelled corpus (tests/corpus/*.txt; format in tests/corpus/README.md).

Used by tests/test_corpus.py, which asserts the targets and prints the figures. (The benchmarks draw
from a frozen copy of the sentences, bench/sentences.txt, not from here.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).parent / "corpus"
_MARK = re.compile(r"\[([^\]]+)\]\{([^}]*)\}")
_SPEC = re.compile(r"^(?P<op>>=|<=|>|<|~)?(?P<a>-?[\d.]+)(?:-(?P<b>-?[\d.]+))?(?:\s+(?:\((?P<quotient>[^()\s]+)\)|(?P<unit>[^/\s()]+)))?(?:/(?P<per>\w+))?$")
_BOUNDS = {">=": "at_least", ">": "more_than", "<=": "at_most", "<": "less_than", "~": "approximate"}


@dataclass(frozen=True)
class Label:
    start: int
    end: int
    text: str
    low: float | None
    high: float | None
    bound: str
    unit: str | None
    per: str | None
    keys: dict[str, str | None]


@dataclass
class Sentence:
    text: str
    published: str | None
    labels: list[Label]
    origin: str


def parse_spec(spec: str) -> tuple[float | None, float | None, str, str | None, str | None, dict[str, str | None]]:
    head, *rest = spec.split("|")
    m = _SPEC.match(head.strip())
    if not m:
        raise ValueError(f"bad label spec: {spec!r}")
    a = float(m.group("a"))
    b = float(m.group("b")) if m.group("b") else None
    op = m.group("op")
    if b is not None:
        low, high, bound = a, b, "range"
    elif op in (">=", ">"):
        low, high, bound = a, None, _BOUNDS[op]
    elif op in ("<=", "<"):
        low, high, bound = None, a, _BOUNDS[op]
    else:
        low, high, bound = a, a, _BOUNDS.get(op or "", "exact")
    keys: dict[str, str | None] = {}
    for item in rest:
        k, _, v = item.partition("=")
        keys[k.strip()] = None if v.strip() == "-" else v.strip()
    return low, high, bound, m.group("quotient") or m.group("unit"), m.group("per"), keys


def load_corpus(folder: Path = CORPUS) -> list[Sentence]:
    sentences: list[Sentence] = []
    for path in sorted(folder.glob("*.txt")):
        published = None
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@published"):
                published = line.split()[1]
                continue
            text, labels, pos, out = line, [], 0, []
            for m in _MARK.finditer(line):
                out.append(line[pos:m.start()])
                start = sum(len(p) for p in out)
                span = m.group(1)
                out.append(span)
                low, high, bound, unit, per, keys = parse_spec(m.group(2))
                labels.append(Label(start, start + len(span), span, low, high, bound, unit, per, keys))
                pos = m.end()
            out.append(line[pos:])
            text = "".join(out)
            origin = path.relative_to(CORPUS) if path.is_relative_to(CORPUS) else path.name  # "ru/reporting.txt"
            sentences.append(Sentence(text, published, labels, f"{origin}:{n}"))
    return sentences


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _unit(u: str | None) -> str | None:
    return None if u is None else u.replace(" ", "")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    key_total: dict[str, int] = field(default_factory=dict)
    key_right: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, key: str) -> float:
        total = self.key_total.get(key, 0)
        return self.key_right.get(key, 0) / total if total else 1.0

    def summary(self) -> str:
        keys = ", ".join(f"{k} {self.accuracy(k):.3f} (n={self.key_total[k]})" for k in sorted(self.key_total))
        return (f"strict precision {self.precision:.3f}, recall {self.recall:.3f}, F1 {self.f1:.3f} "
                f"(tp {self.tp}, fp {self.fp}, fn {self.fn}); {keys}")


def score(sentences: list[Sentence]) -> Score:
    from crosscount.core.pipeline import extract_text

    s = Score()
    for sent in sentences:
        claims = extract_text(sent.text, published=sent.published)
        matched: set[int] = set()
        for lab in sent.labels:
            hit = next((c for c in claims if c.start == lab.start and c.end == lab.end), None)
            strict = hit is not None and _same(hit.low, lab.low) and _same(hit.high, lab.high) \
                and hit.bound == lab.bound and _unit(hit.unit) == _unit(lab.unit)
            if strict and hit is not None:
                s.tp += 1
                matched.add(id(hit))
            else:
                s.fn += 1
                got = f"{hit.text!r} {hit.low}-{hit.high} {hit.bound} {hit.unit}" if hit else "nothing"
                s.misses.append(f"{sent.origin}: want {lab.text!r} {lab.low}-{lab.high} {lab.bound} {lab.unit}; got {got}")
            if hit is None:
                continue
            checks = dict(lab.keys)
            if lab.per is not None or lab.unit is not None:
                checks["per"] = lab.per
            for key, want in checks.items():
                got_value = {"cat": hit.category, "subj": hit.subject, "src": hit.source, "asof": hit.as_of,
                             "per": hit.per}[key]
                s.key_total[key] = s.key_total.get(key, 0) + 1
                if got_value == want:
                    s.key_right[key] = s.key_right.get(key, 0) + 1
                else:
                    s.misses.append(f"{sent.origin}: {key} of {lab.text!r}: want {want!r}, got {got_value!r}")
        for c in claims:
            if id(c) not in matched and not any(c.start == lab.start and c.end == lab.end for lab in sent.labels):
                s.fp += 1
                s.misses.append(f"{sent.origin}: extra {c.text!r} in: {sent.text}")
    return s
