import pytest
from django.conf import settings
from django.utils import translation


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in Dutch, whatever language the previous one left active."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def home_page(db):
    """The demo frame: Dutch and English home pages, the default site, demo accounts."""
    from home.demo import load_home_demo

    return load_home_demo()


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
