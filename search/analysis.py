"""Dutch text analysis shared by the SQLite backend and the snippets: the same words are
folded and stemmed when indexing, when querying and when highlighting, so "wijken" finds
and highlights "wijk" and the other way round."""

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer
from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe

# Word characters as FTS5's unicode61 tokenizer sees them (letters and digits).
WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)

_local = threading.local()


def _stemmer():
    # Snowball stemmer objects keep state between calls: one per thread.
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer("dutch")
    return stemmer


def fold(word: str) -> str:
    """Lower case without diacritics: "Ideeën" -> "ideeen"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=20000)
def stem(word: str) -> str:
    return _stemmer().stemWord(fold(word))


def words(text: str) -> list[str]:
    return WORD_RE.findall(text or "")


def stem_text(text: str) -> str:
    """Index form of a text: markup removed, every word folded and stemmed."""
    return " ".join(stem(word) for word in words(strip_tags(text or "")))


def query_stems(query: str) -> list[str]:
    """The stems of a visitor's query, in order, without repeats."""
    seen = []
    for word in words(query):
        stemmed = stem(word)
        if stemmed and stemmed not in seen:
            seen.append(stemmed)
    return seen


def highlight(text: str, query: str, *, max_words: int = 32) -> SafeString:
    """A window of ``text`` around the first matched word, HTML-escaped, with every word whose
    stem matches a query stem wrapped in <mark>. Without a match: the start of the text."""
    plain = " ".join(strip_tags(text or "").split())
    if not plain:
        return mark_safe("")  # noqa: S308 - empty string
    stems = set(query_stems(query))
    tokens = list(WORD_RE.finditer(plain))
    hits = [i for i, match in enumerate(tokens) if stem(match.group()) in stems]
    first = max(0, hits[0] - max_words // 4) if hits else 0
    window = tokens[first : first + max_words]
    if not window:
        return mark_safe("")  # noqa: S308 - empty string
    start, end = window[0].start(), window[-1].end()
    parts = ["… " if start > 0 else ""]
    cursor = start
    for match in window:
        parts.append(escape(plain[cursor : match.start()]))
        word = escape(match.group())
        parts.append(f"<mark>{word}</mark>" if stem(match.group()) in stems else word)
        cursor = match.end()
    parts.append(" …" if end < len(plain) else escape(plain[end:]))
    # Every piece of visitor or editor text above went through escape().
    return mark_safe("".join(parts))  # noqa: S308
