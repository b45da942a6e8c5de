"""Sections one app adds to another app's API objects, without importing each other.

A person's detail lists their events (programme) and their reports (knowledge); programme
may not import knowledge, so knowledge registers ``add_person_section("reports", fn)``
when its API module loads, and the person endpoint asks for every registered section."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# name -> fn(request, person) -> list of serialised items
person_sections: dict[str, Callable[[Any, Any], list[dict]]] = {}


def add_person_section(name: str, section: Callable[[Any, Any], list[dict]]) -> None:
    person_sections[name] = section
