"""The demo's facts live in TOML files next to the code that builds them
(``<app>/demo/<name>.toml``, read with the standard library's ``tomllib``); this module
reads them and turns the compact forms used there into what the builders need.

- ``load("programme.demo", "events")`` — the file ``programme/demo/events.toml`` as a dict.
- ``rows(tables, "title rounds ...")`` — an array of tables as tuples in that field order
  (a field left out of a table is ``None``), so builders unpack them positionally.
- ``records(tables, "...")`` — the same for a table of tables, keyed by name.
- ``blocks(items)`` — StreamField data from the short block notation of the files:
  ``{heading = "..."}``, ``{paragraph = ["sentence", ...]}`` (each sentence one ``<p>``),
  ``{quote = {text, attribution, role}}``, or a block as stored (``{type, value}``).
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def _read(package: str, name: str) -> dict[str, Any]:
    return tomllib.loads(files(package).joinpath(f"{name}.toml").read_text(encoding="utf-8"))


def load(package: str, name: str) -> dict[str, Any]:
    """The data file ``name``.toml of ``package`` (cached: the files do not change while
    the process runs; callers must not change what they get)."""
    return _read(package, name)


def _fields(fields: str | list[str]) -> list[str]:
    return fields.split() if isinstance(fields, str) else list(fields)


def rows(tables: list[dict], fields: str | list[str]) -> list[tuple]:
    """Each table as a tuple of ``fields`` in order; a missing field is ``None``."""
    names = _fields(fields)
    for table in tables:
        unknown = set(table) - set(names)
        if unknown:
            raise KeyError(f"unknown field(s) {sorted(unknown)} in demo data: {table}")
    return [tuple(table.get(name) for name in names) for table in tables]


def records(tables: dict[str, dict], fields: str | list[str]) -> dict[str, tuple]:
    """A table of tables as ``{key: tuple of fields}``, in the file's order."""
    return dict(zip(tables, rows(list(tables.values()), fields), strict=True))


def paragraph(*sentences: str) -> dict:
    return {"type": "paragraph", "value": "".join(f"<p>{s}</p>" for s in sentences)}


def heading(text: str, level: str = "h2") -> dict:
    return {"type": "heading", "value": {"text": text, "level": level}}


def block(item: dict) -> dict:
    """One StreamField block from the files' short notation (see the module's docstring)."""
    if "type" in item:
        return {"type": item["type"], "value": item["value"]}
    (kind, value), *rest = item.items()
    if rest:
        raise ValueError(f"one block per item in demo data: {item}")
    if kind == "heading":
        return heading(value)
    if kind == "paragraph":
        return paragraph(*([value] if isinstance(value, str) else value))
    return {"type": kind, "value": value}


def blocks(items: list[dict]) -> list[dict]:
    return [block(item) for item in items]


def pairs(texts: dict[str, list]) -> list[tuple[str, str]]:
    """``{field: [Dutch, English]}`` as (Dutch, English) pairs for ``translate``."""
    return [(dutch, english) for dutch, english in texts.values()]


def stream(items: list[dict]) -> list[tuple[str, object]]:
    """Blocks stored as ``{type, value}`` tables, as the (type, value) pairs StreamFields take."""
    return [(item["type"], item["value"]) for item in items]


def english_pairs(facts: Any) -> list[tuple[str, str]]:
    """Every (Dutch, English) pair in ``facts``: a text field ``x`` with an ``x_en`` beside
    it, in this table and in the tables and arrays of tables inside it. ``translate`` uses
    the pairs whose Dutch text is a segment of the object it translates."""
    pairs: list[tuple[str, str]] = []
    if isinstance(facts, dict):
        for name, value in facts.items():
            english = facts.get(f"{name}_en")
            if isinstance(value, str) and isinstance(english, str):
                pairs.append((value, english))
            elif isinstance(value, dict | list):
                pairs += english_pairs(value)
    elif isinstance(facts, list):
        for item in facts:
            pairs += english_pairs(item)
    return pairs
