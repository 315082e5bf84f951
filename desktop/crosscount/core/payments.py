"""What a sum of money pays for: a monthly salary, a sign-up bonus, compensation for a death, aid, a budget.

A comparison of "payments" that puts a soldier's monthly pay beside a one-off bonus and the compensation
paid to a widow compares nothing, so money without a category is grouped by its purpose where the
sentence says it. The purpose is read from the words nearest the figure in its own sentence (the clause
that governs it, in practice): "a one-off bonus of 195,000 rubles and a monthly salary of 200,000" gives
each figure its own. Words are data, one list per purpose, written once.
"""

from __future__ import annotations

import re
from functools import cache

from .model import Claim

# Purpose → the words that say it. A word is matched whole, in any case; "sign-up" also as "signup".
PURPOSE_WORDS: dict[str, tuple[str, ...]] = {
    "salary": ("salary", "salaries", "wage", "wages", "pay", "paid monthly", "monthly pay", "earn", "earns",
               "earning", "earnings", "income", "stipend", "allowance", "allowances", "paycheck", "payroll"),
    "sign-up bonus": ("bonus", "bonuses", "sign-up", "signup", "signing", "enlistment", "enlisting", "one-off",
                      "one-time", "lump sum", "lump-sum", "joining", "recruitment payment", "upfront",
                      "immediate payment", "initial payment", "signing payment"),
    "compensation": ("compensation", "compensated", "death benefit", "death benefits", "insurance", "payout",
                     "payouts", "condolence", "families of those killed", "in case of death", "widow", "widows",
                     "indemnity"),
    "aid": ("aid", "assistance", "humanitarian", "grant", "grants", "donation", "donations", "donated",
            "pledged", "pledge", "support package", "relief", "loan", "loans"),
    "budget": ("budget", "budgets", "budgeted", "spending", "spend", "spent", "expenditure", "expenditures",
               "allocated", "allocation", "appropriation", "appropriations", "outlays", "funding"),
}
LABELS: dict[str, str] = {"salary": "Salaries", "sign-up bonus": "Sign-up bonuses", "compensation": "Compensation",
                          "aid": "Aid", "budget": "Budgets"}


@cache
def _pattern() -> re.Pattern[str]:
    """One alternation of every purpose word (longest first, so "lump sum" wins over a shorter word),
    each in a named group of its purpose."""
    def words(purpose: str) -> str:
        return "|".join(re.escape(w).replace(r"\-", "-?") for w in sorted(PURPOSE_WORDS[purpose], key=len, reverse=True))

    groups = "|".join(f"(?P<p{i}>{words(p)})" for i, p in enumerate(PURPOSE_WORDS))
    return re.compile(rf"(?<![\w-])(?:{groups})(?![\w-])", re.IGNORECASE)


_PURPOSES = tuple(PURPOSE_WORDS)


def purpose(claim: Claim) -> str | None:
    """The purpose of a money figure by the purpose word nearest it in its sentence, or None."""
    sentence = claim.sentence
    if not sentence:
        return None
    at = sentence.find(claim.text)
    if at < 0:
        at = 0
    best: tuple[int, str] | None = None
    for m in _pattern().finditer(sentence):
        distance = at - m.end() if m.end() <= at else m.start() - (at + len(claim.text))
        if distance < 0:
            continue  # a word inside the figure's own text
        found = _PURPOSES[int((m.lastgroup or "p0")[1:])]
        if best is None or distance < best[0]:
            best = (distance, found)
    return best[1] if best else None
