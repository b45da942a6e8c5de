import pytest


@pytest.fixture
def agenda(home_page):
    from tests.programme.factories import EventIndexPageFactory

    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def demo(home_page):
    """The programme demo built from seeds 000, 001 and 002."""
    from programme.demo import load_programme_demo

    return load_programme_demo()


@pytest.fixture
def admin_client(client, home_page):
    client.login(username="admin", password="admin")
    return client
