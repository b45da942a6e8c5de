import pytest


@pytest.fixture
def home_page(db):
    """The demo frame: Dutch and English home pages, the default site, demo accounts."""
    from home.demo import load_home_demo

    return load_home_demo()
