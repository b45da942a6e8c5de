import pytest

from .agenda_content import build_agenda


@pytest.fixture
def agenda(home_page):
    """The Dutch agenda index with upcoming events (one in a learning network), one past,
    one draft and one private."""
    return build_agenda(home_page)
