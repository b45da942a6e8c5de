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
