"""The programme's demo (``load_demo`` steps 20 and 27): people, venues and events from seeds
000, 001 and 002 (docs/glossary.md) plus two upcoming events dated from today, and their
English versions. The facts are in ``people.toml`` and ``events.toml`` beside this file
(docs/demo.md); ``build.py`` and ``english.py`` turn them into pages."""

from .build import EVENTS, KENNISATELIER_QUESTIONS, PEOPLE, load_programme_demo
from .english import translate_programme_demo

__all__ = [
    "EVENTS",
    "KENNISATELIER_QUESTIONS",
    "PEOPLE",
    "load_programme_demo",
    "translate_programme_demo",
]
