"""The demo's facts live in TOML files next to the code that builds them
(``<app>/demo/<name>.toml``, read with the standard library's ``tomllib``; docs/demo.md).
This module reads them and turns the forms used there into what the builders need.

- ``load("programme.demo", "events")``: the file ``programme/demo/events.toml`` as a dict.
- ``blocks(items)``: StreamField data from the short block notation of the files:
  ``{heading = "..."}``, ``{paragraph = ["sentence", ...]}`` (each sentence one ``<p>``),
  ``{quote = {text, attribution, role}}``, or a block as stored (``{type, value}``).
- ``stream(items)``: blocks stored as ``{type, value}`` tables as (type, value) pairs.
- ``english_pairs(facts)``: the (Dutch, English) pairs of the ``x`` / ``x_en`` fields, for
  ``atelier.content_translation.translate``.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def load(package: str, name: str) -> dict[str, Any]:
    """The data file ``name``.toml of ``package``, read once per process (callers must not
    change what they get)."""
    text = files(package).joinpath(f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def paragraph(*sentences: str) -> dict:
    return {"type": "paragraph", "value": "".join(f"<p>{s}</p>" for s in sentences)}


def heading(text: str, level: str = "h2") -> dict:
    return {"type": "heading", "value": {"text": text, "level": level}}


def block(item: dict) -> dict:
    """One StreamField block from the files' short notation (see the module's docstring)."""
    if "type" in item:
        return {"type": item["type"], "value": item["value"]}
    if len(item) != 1:
        raise ValueError(f"one block per item in demo data: {item}")
    ((kind, value),) = item.items()
    if kind == "heading":
        return heading(value)
    if kind == "paragraph":
        return paragraph(*([value] if isinstance(value, str) else value))
    return {"type": kind, "value": value}


def blocks(items: list[dict]) -> list[dict]:
    return [block(item) for item in items]


def stream(items: list[dict]) -> list[tuple[str, Any]]:
    """Blocks stored as ``{type, value}`` tables, as the (type, value) pairs StreamFields take.
    The English beside a text (``x_en``) is for the translation, not the block."""
    return [(item["type"], _without_english(item["value"])) for item in items]


def _without_english(value):
    if isinstance(value, dict):
        return {k: _without_english(v) for k, v in value.items() if not k.endswith("_en")}
    if isinstance(value, list):
        return [_without_english(v) for v in value]
    return value


def _texts(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)


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
            elif _texts(value) and _texts(english) and len(value) == len(english):
                pairs += list(zip(value, english, strict=True))  # a list of texts, item by item
            elif isinstance(value, dict | list):
                pairs += english_pairs(value)
    elif isinstance(facts, list):
        for item in facts:
            pairs += english_pairs(item)
    return pairs
