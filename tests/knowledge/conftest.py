import pytest


@pytest.fixture
def sections(home_page):
    """The knowledge sections under the Dutch home page, built with factories."""
    from tests.knowledge.factories import (
        ArticleIndexPageFactory,
        ProjectIndexPageFactory,
        ReportIndexPageFactory,
    )

    return {
        "projects": ProjectIndexPageFactory(parent=home_page),
        "reports": ReportIndexPageFactory(parent=home_page),
        "articles": ArticleIndexPageFactory(parent=home_page),
    }


@pytest.fixture
def publish():
    """Publish a page the way an editor does (revision + publish, signals included)."""

    def _publish(page):
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    return _publish
