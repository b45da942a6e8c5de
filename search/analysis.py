"""Text analysis shared by the SQLite backend and the snippets: the same words are folded
and stemmed when indexing, when querying and when highlighting, so "wijken" finds and
highlights "wijk" and the other way round.

Each text is stemmed in its own language (a Dutch page with the Dutch stemmer, an English
page with the English one: "neighbourhoods" finds "neighbourhood"); a visitor's query is
stemmed in every site language, since it may match a page in either."""

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

# Site language code -> Snowball algorithm.
SNOWBALL_LANGUAGES = {"nl": "dutch", "en": "english"}
DEFAULT_LANGUAGE = "nl"


def _stemmer(language: str):
    # Snowball stemmer objects keep state between calls: one per thread and language.
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    if language not in stemmers:
        algorithm = SNOWBALL_LANGUAGES.get(language, SNOWBALL_LANGUAGES[DEFAULT_LANGUAGE])
        stemmers[language] = snowballstemmer.stemmer(algorithm)
    return stemmers[language]


def language_of(obj) -> str:
    """The language an indexed object is written in: its locale's, else Dutch."""
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return DEFAULT_LANGUAGE
    cached = getattr(obj, "_state", None) and obj._state.fields_cache.get("locale")
    code = cached.language_code if cached is not None else _locale_codes().get(locale_id)
    if code is None:  # a locale added since the codes were read
        _locale_codes.cache_clear()
        code = _locale_codes().get(locale_id, DEFAULT_LANGUAGE)
    return code if code in SNOWBALL_LANGUAGES else DEFAULT_LANGUAGE


@lru_cache(maxsize=1)
def _locale_codes() -> dict[int, str]:
    from wagtail.models import Locale

    return dict(Locale.objects.values_list("pk", "language_code"))


def query_languages() -> list[str]:
    return list(SNOWBALL_LANGUAGES)


def fold(word: str) -> str:
    """Lower case without diacritics: "Ideeën" -> "ideeen"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=20000)
def stem(word: str, language: str = DEFAULT_LANGUAGE) -> str:
    return _stemmer(language).stemWord(fold(word))


def stems(word: str) -> list[str]:
    """The word's stems in every site language, without repeats (a query word)."""
    return list(dict.fromkeys(stem(word, language) for language in query_languages()))


def words(text: str) -> list[str]:
    return WORD_RE.findall(text or "")


def stem_text(text: str, language: str = DEFAULT_LANGUAGE) -> str:
    """Index form of a text: markup removed, every word folded and stemmed."""
    return " ".join(stem(word, language) for word in words(strip_tags(text or "")))


def query_stems(query: str, language: str = DEFAULT_LANGUAGE) -> list[str]:
    """The stems of a visitor's query in ``language``, in order, without repeats."""
    seen = []
    for word in words(query):
        stemmed = stem(word, language)
        if stemmed and stemmed not in seen:
            seen.append(stemmed)
    return seen


def highlight(
    text: str, query: str, *, max_words: int = 32, language: str = DEFAULT_LANGUAGE
) -> SafeString:
    """A window of ``text`` (written in ``language``) around the first matched word,
    HTML-escaped, with every word whose stem matches a query stem wrapped in <mark>.
    Without a match: the start of the text."""
    plain = " ".join(strip_tags(text or "").split())
    if not plain:
        return mark_safe("")  # noqa: S308 - empty string
    wanted = set(query_stems(query, language))
    tokens = list(WORD_RE.finditer(plain))
    hits = [i for i, match in enumerate(tokens) if stem(match.group(), language) in wanted]
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
        marked = stem(match.group(), language) in wanted
        parts.append(f"<mark>{word}</mark>" if marked else word)
        cursor = match.end()
    parts.append(" …" if end < len(plain) else escape(plain[end:]))
    # Every piece of visitor or editor text above went through escape().
    return mark_safe("".join(parts))  # noqa: S308
