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


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The whole demo site, as `manage.py load_demo` builds it, once per test module (it
    takes a while) inside a transaction that is rolled back afterwards."""
    import io

    from django.core.management import call_command
    from django.db import transaction

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("load_demo", stdout=io.StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def demo(demo_site, db):
    """Each test sees the demo site; what it changes is rolled back after it."""
