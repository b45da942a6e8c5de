"""The knowledge app's demo (``load_demo`` step 30, after home and programme): the
Stadsgenoten project of seed 004 with its reports, and the interview of seed 003 with its
project, conference and dossier (docs/glossary.md), in Dutch and English. The facts are in
the TOML files beside this file (docs/demo.md); the modules here build pages from them."""

from .build import load_knowledge_demo
from .sample_files import make_pdf
from .stadsgenoten import SEARCH_WORDS

__all__ = ["SEARCH_WORDS", "load_knowledge_demo", "make_pdf"]
