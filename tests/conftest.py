"""Fixtures shared by the whole suite, and the shared database layers (docs/testing.md).

Building the demo frame (``home_page``) costs about 0.7 s and the whole demo
(``demo_site``) one to two minutes, so each pytest process (each xdist worker) builds
them once and lets the tests that ask for them share the result:

- A *layer* is an open transaction on the test database holding the frame or the whole
  demo. Each test that uses the database runs in its own savepoint inside the open layer
  (pytest-django's ``TestCase`` atomic), so whatever a test changes, the frame included,
  is rolled back after it and the next test sees the layer as it was built.
- Only one layer is open at a time. Before each database test the layer it needs is
  opened: the demo for tests that use ``demo_site`` (``demo``), the frame for tests that
  use ``home_page`` (directly or through another fixture), none for the rest, so a test
  that asks for neither still starts from the empty, migrated database.
- Transactional tests (``transaction=True``, ``transactional_db``, ``live_server``) never
  run inside a layer: it is rolled back before them and they build what they need
  themselves (``home_page`` then builds the frame in the test, as before).
- The tests are ordered so that those sharing a layer run one after another (pytest-django
  already puts the non-transactional database tests first): each layer is built once per
  process, on each xdist worker.
"""

import pytest
from django.conf import settings
from django.utils import translation

# The fixture that makes a test use a layer, most demanding first.
LAYER_FIXTURES = (("demo", "demo_site"), ("frame", "home_page"))


class SharedLayers:
    """The layer open on this process's test database, if any."""

    def __init__(self, blocker):
        self.blocker = blocker
        self.current = None  # None, "frame" or "demo"
        self.home_pk = None  # the Dutch home page of the open layer
        self._atomic = None

    def open(self, name):
        if self.current == name:
            return
        self.close()
        import io

        from django.core.cache import cache
        from django.core.management import call_command
        from django.db import transaction

        from home.demo import load_home_demo
        from home.models import HomePage

        with self.blocker.unblock():
            cache.clear()
            self._atomic = transaction.atomic()
            self._atomic.__enter__()
            self.current = name
            try:
                if name == "demo":
                    call_command("load_demo", stdout=io.StringIO())
                    home = HomePage.objects.filter(locale__language_code="nl").first()
                else:
                    home = load_home_demo()
            except BaseException:
                self.close()
                raise
            self.home_pk = home.pk

    def close(self):
        if self._atomic is None:
            return
        from django.core.cache import cache
        from django.db import transaction

        with self.blocker.unblock():
            try:
                transaction.set_rollback(True)
                self._atomic.__exit__(None, None, None)
            finally:
                self._atomic = None
                self.current = None
                self.home_pk = None
                cache.clear()  # Wagtail's site root paths and friends named rolled-back rows


_layers = {}  # "layers": the SharedLayers of this process, once the test database exists


def _is_transactional(item_or_request):
    """pytest-django's own test: does this test (or request) get a TransactionTestCase?"""
    from pytest_django.fixtures import validate_django_db

    node = getattr(item_or_request, "node", item_or_request)
    marker = node.get_closest_marker("django_db")
    if marker:
        transaction, reset_sequences, *_ = validate_django_db(marker)
        if transaction or reset_sequences:
            return True
    names = item_or_request.fixturenames
    return any(
        name in names for name in ("transactional_db", "live_server", "django_db_reset_sequences")
    )


def _layer_for(item_or_request):
    names = item_or_request.fixturenames
    for layer, fixture in LAYER_FIXTURES:
        if fixture in names:
            return layer
    return None


@pytest.fixture(scope="session")
def _shared_layers(django_db_setup, django_db_blocker):
    layers = SharedLayers(django_db_blocker)
    _layers["layers"] = layers
    yield layers
    layers.close()
    _layers.pop("layers", None)


@pytest.fixture
def _shared_layer_switch(request, _shared_layers):
    """Open the layer this test needs (or none) before its own transaction starts."""
    if _is_transactional(request):
        _shared_layers.close()
    else:
        wanted = _layer_for(request)
        if wanted is None:
            _shared_layers.close()
        else:
            _shared_layers.open(wanted)
    return _shared_layers


@pytest.fixture
def _django_db_helper(_shared_layer_switch, _django_db_helper):
    """pytest-django's database fixture (behind ``db``, ``transactional_db`` and the
    ``django_db`` mark), entered after the shared layer is switched."""
    yield


def pytest_itemcollected(item):
    # Tests on the whole demo are the slow ones: `-m "not slow"` leaves them out of a
    # quick local run (make test and CI run everything).
    names = getattr(item, "fixturenames", ())
    if "demo_site" in names or "full_demo_site" in names:
        item.add_marker(pytest.mark.slow)


def pytest_runtest_setup(item):
    # A transactional test may start the live server (session-scoped, so before any of the
    # test's own fixtures): no layer may be open by then.
    layers = _layers.get("layers")
    if layers is not None and layers.current and _is_transactional(item):
        layers.close()


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """After pytest-django's order (database tests, transactional ones, the rest): the
    database tests sharing a layer one after another, the whole demo first, then the
    frame, then those that need neither. Otherwise the order stays as collected."""

    def key(item):
        if _is_transactional(item):
            return (1, 0)
        names = getattr(item, "fixturenames", ())
        if "db" not in names and not item.get_closest_marker("django_db"):
            return (2, 0)
        layer = _layer_for(item)
        return (0, {"demo": 0, "frame": 1, None: 2}[layer])

    items.sort(key=key)


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in Dutch, whatever language the previous one left active."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def fresh_cache():
    """Every test starts with an empty cache: the layers outlive a test, so must nothing a
    test left in the cache (Wagtail's site root paths, the content version and clock)."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()


@pytest.fixture
def home_page(db, _shared_layers):
    """The demo frame: Dutch and English home pages, the default site, demo accounts.

    Shared: built once per process (see the module's docstring); a test gets a fresh
    instance of the Dutch home page and its changes are rolled back after it. In a
    transactional test it is built in the test, as before."""
    from home.models import HomePage

    if _shared_layers.current is not None:
        return HomePage.objects.get(pk=_shared_layers.home_pk)
    from home.demo import load_home_demo

    return load_home_demo()


@pytest.fixture(scope="module")
def demo_site(_shared_layers):
    """The whole demo site, as `manage.py load_demo` builds it: shared by every test that
    uses it on this process (built once, rolled back when the next test needs another
    layer). Module-scoped so that module fixtures (the crawl) can read it."""
    _shared_layers.open("demo")
    return _shared_layers


@pytest.fixture
def demo(demo_site, db):
    """Each test sees the demo site; what it changes is rolled back after it."""
