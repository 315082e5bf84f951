"""The extraction engine: from an article's text to its numeric claims, each with its exact span.

The stages, in the order a text goes through them (docs/architecture.md, "Extraction"):

- ``figures``: the number scan, the seeds and the figure grammar around them (hedges, ranges, bounds,
  currencies, units, per), with the named rules that turn a number away as not a figure;
- ``numbers``: the value of a number expression ("1,200", "two and a half million", "1.5 lakh crore");
- ``unit_words`` and ``currencies``: the unit and currency vocabularies, generated from pint's registry and
  from CLDR (Babel) into ``resources/data/``;
- ``sentences``, ``dates`` and ``as_of``: sentence and paragraph bounds, the dates a text mentions, the
  date each figure refers to;
- ``semantics``: what a figure counts, whose figure it is and about whom;
- ``patterns``: the builders of the fast regular expressions (tries, gates, word sets) the rules use;
- ``lexicon``: the words, one module per language, each word list written once.

The entry points are ``figures.extract`` and ``figures.explain``. This file imports nothing, so that a
module that needs only a vocabulary (``currencies`` for the exchange rates) does not load the grammar.
"""
