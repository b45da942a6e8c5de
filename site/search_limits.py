"""How much of a search query is used, on every search surface: the search page, the API's
``search``, ``search/suggest`` and ``q`` filters, and Wagtail's v2 ``pages/?search=``.

Longer queries are cut, not refused: the first ``MAX_SEARCH_WORDS`` words, at most
``MAX_SEARCH_CHARS`` characters (the search page and the API also refuse a ``q`` longer
than that with a form error or a 400). Nobody types more into a search box, and a query of
hundreds of words makes the database backends build a query tree deep enough to exhaust
Python's recursion limit."""

MAX_SEARCH_CHARS = 200
MAX_SEARCH_WORDS = 20


def cut_search_query(q: str | None) -> str:
    text = " ".join((q or "").split()[:MAX_SEARCH_WORDS])
    if len(text) > MAX_SEARCH_CHARS:
        head = text[:MAX_SEARCH_CHARS]
        text = head.rsplit(" ", 1)[0] if " " in head else head
    return text
