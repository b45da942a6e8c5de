"""The interface speaks the page's language: no Dutch interface string on the English side
of the demo, and no English label in the Dutch admin that editors use.

The strings come from the project's own catalogs (docs/i18n.md): a Dutch translation that
differs from its English source is looked for in the English pages, and the English source
in the Dutch admin. Content is left out: on the English side, whatever is marked
``lang="nl"`` (a Dutch-only page shown as an alias, the language switch's "Nederlands").
Strings that are words in both languages (an English source that is also some Dutch
translation, or the reverse) cannot tell the languages apart and are skipped.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import polib
import pytest
from django.contrib.auth.models import Group
from lxml import etree, html
from wagtail.models import Locale, Page

from tests.site.test_catalogs import CATALOGS, live_entries

PLACEHOLDER = re.compile(r"%\(\w+\)[sdf]|%[sdf]|\{\w*\}")
SPACES = re.compile(r"\s+")
# Attributes a visitor or a screen reader meets as text.
READ_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt", "aria-description")


def normalise(text: str) -> str:
    return SPACES.sub(" ", text).strip().rstrip(":*").strip()


@cache
def catalog_pairs() -> tuple[tuple[str, str], ...]:
    """(English, Dutch) for every translated entry of the project's catalogs."""
    return tuple(
        (entry.msgid, entry.msgstr)
        for path in CATALOGS
        for entry in live_entries(polib.pofile(str(path)))
        if entry.msgstr
    )


def telling(strings: set[str], other_language: set[str]) -> set[str]:
    """The strings that can only be the one language: not also a string of the other one,
    not a bare word shorter than four letters, and without placeholders."""
    found = set()
    for string in strings:
        text = normalise(string)
        if PLACEHOLDER.search(text) or len(text) < 4 or text in other_language:
            continue
        found.add(text)
    return found


@cache
def framework_pairs() -> tuple[tuple[str, str], ...]:
    """(English, Dutch) from the Dutch catalogs of Django, Wagtail and the other installed
    apps: a word they use in both languages ("Filter") tells neither apart."""
    import django
    import wagtail

    pairs = []
    for package in {Path(django.__file__).parent, Path(wagtail.__file__).parent.parent}:
        for path in package.glob("**/locale/nl/LC_MESSAGES/django.po"):
            pairs += [(e.msgid, e.msgstr) for e in polib.pofile(str(path)) if e.msgstr]
    return tuple(pairs)


def dutch_strings() -> set[str]:
    english = {normalise(msgid) for msgid, _ in catalog_pairs() + framework_pairs()}
    return telling({nl for en, nl in catalog_pairs() if normalise(en) != normalise(nl)}, english)


def english_strings() -> set[str]:
    dutch = {normalise(msgstr) for _, msgstr in catalog_pairs() + framework_pairs()}
    return telling({en for en, nl in catalog_pairs() if normalise(en) != normalise(nl)}, dutch)


def texts(document, *, skip_lang: str | None = None) -> set[str]:
    """Every text node and read attribute of the document, leaving out scripts, styles and
    (on request) the parts marked as being in another language."""
    found = set()
    for element in document.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "template"):
            continue
        if skip_lang and any(
            (ancestor.get("lang") or "").startswith(skip_lang)
            for ancestor in element.iterancestors()
        ):
            continue
        if skip_lang and (element.get("lang") or "").startswith(skip_lang):
            continue
        for text in (element.text, element.tail if element.getparent() is not None else None):
            if text and text.strip():
                found.add(normalise(text))
        for attribute in READ_ATTRIBUTES:
            if element.get(attribute):
                found.add(normalise(element.get(attribute)))
    return found


def parse(response) -> etree._Element:
    assert response.status_code == 200, (response.request["PATH_INFO"], response.status_code)
    return html.fromstring(response.content.decode())


# --- The English side -----------------------------------------------------------------------


def english_urls(client) -> list[str]:
    """Every English page the sitemap offers, and the pages made of the interface only."""
    sitemap = etree.fromstring(client.get("/sitemap.xml").content)
    locations = [
        re.sub(r"^https?://[^/]+", "", loc.text)
        for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    ]
    pages = sorted({url for url in locations if url.startswith("/en/")})
    searches = []
    search_page = (
        Page.objects.live()
        .filter(locale=Locale.objects.get(language_code="en"), url_path__endswith="/search/")
        .first()
    )
    if search_page:
        searches = [f"{search_page.url}?q=neighbourhood", f"{search_page.url}?q=zzqqxx"]
    return pages + searches


def test_the_english_side_of_the_demo_shows_no_dutch_interface_string(demo, client):
    urls = english_urls(client)
    assert len(urls) > 10, urls
    dutch = dutch_strings()
    assert len(dutch) > 100  # the catalogs were read
    found, everything = {}, set()
    for url in urls:
        shown = texts(parse(client.get(url)), skip_lang="nl")
        everything |= shown
        if leftover := sorted(shown & dutch):
            found[url] = leftover
    assert not found, json.dumps(found, indent=1, ensure_ascii=False)
    # The comparison works: the pages do show the catalogs' English strings.
    assert len(everything & english_strings()) > 20


def test_the_english_404_page_shows_no_dutch_interface_string(demo, client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    shown = texts(html.fromstring(response.content.decode()), skip_lang="nl")
    assert not shown & dutch_strings()


def test_the_check_sees_a_dutch_string_outside_content():
    document = html.fromstring(
        '<html lang="en"><body><p lang="nl">Lees meer</p><a title="Sluiten">x</a></body></html>'
    )
    shown = texts(document, skip_lang="nl")
    assert "Lees meer" not in shown
    assert "Sluiten" in shown


# --- The Dutch admin ------------------------------------------------------------------------


@pytest.fixture
def editor(demo, django_user_model):
    user = django_user_model.objects.create_user("redacteur-nl", password="x")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def admin_urls() -> list[str]:
    """The admin pages editors use: the editor of a Dutch page of each type, the add form of
    each snippet type, the registrations back office and the dashboard."""
    from wagtail.snippets.models import get_snippet_models

    dutch = Locale.objects.get(language_code="nl")
    urls = ["/admin/"]
    pages_by_type = {}
    for page in Page.objects.filter(locale=dutch, depth__gt=1).specific():
        pages_by_type.setdefault(type(page), page)
    urls += [f"/admin/pages/{page.pk}/edit/" for page in pages_by_type.values()]
    for model in get_snippet_models():
        meta = model._meta
        urls.append(f"/admin/snippets/{meta.app_label}/{meta.model_name}/")
        urls.append(f"/admin/snippets/{meta.app_label}/{meta.model_name}/add/?locale=nl")
    urls.append("/admin/registration/registration/")
    return urls


def block_labels(document) -> set[str]:
    """Labels of StreamField blocks, which the page editor sends as JSON for its scripts."""
    found = set()

    def walk(value):
        if isinstance(value, dict):
            for key, item in value.items():
                if key in ("label", "helpText", "help_text") and isinstance(item, str):
                    text = html.fromstring(item).text_content() if "<" in item else item
                    found.add(normalise(text))
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for element in document.iter():
        if not isinstance(element.tag, str):
            continue
        for name, raw in element.attrib.items():
            if name.startswith("data-") and raw[:1] in "{[":
                try:
                    walk(json.loads(raw))
                except ValueError:
                    continue
    return found


def test_the_dutch_admin_that_editors_use_shows_no_english_label(demo, editor, client):
    client.force_login(editor)
    urls = admin_urls()
    assert len(urls) > 15, urls
    english = english_strings()
    found, everything = {}, set()
    for url in urls:
        response = client.get(url)
        if response.status_code == 302:  # a snippet this role does not add
            continue
        document = parse(response)
        shown = texts(document) | block_labels(document)
        everything |= shown
        if leftover := sorted(shown & english):
            found[url] = leftover
    assert not found, json.dumps(found, indent=1, ensure_ascii=False)
    # The comparison works: the admin does show the catalogs' Dutch strings.
    assert len(everything & dutch_strings()) > 20
