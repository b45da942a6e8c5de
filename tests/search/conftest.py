"""Search fixtures. Until the programme and knowledge page types are merged, the engine is
tested with HomePage pages whose ``intro`` is indexed for the duration of a test."""

import pytest
from django.utils.text import slugify
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index


@pytest.fixture
def searchable_intro(monkeypatch):
    from home.models import HomePage

    monkeypatch.setattr(
        HomePage, "search_fields", [*Page.search_fields, index.SearchField("intro")]
    )
    return HomePage


@pytest.fixture
def make_page(home_page, searchable_intro):
    """make_page(title, intro="", parent=None, live=True) -> a published (or draft) page."""

    def make(title, intro="", parent=None, live=True):
        page = searchable_intro(title=title, slug=slugify(title)[:50], intro=intro, live=live)
        (parent or home_page).add_child(instance=page)
        revision = page.save_revision()
        if live:
            revision.publish()
        page.refresh_from_db()
        return page

    return make


@pytest.fixture
def make_private():
    def make(page):
        return PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
        )

    return make
