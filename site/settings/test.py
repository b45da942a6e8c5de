"""The test suite: the embedded setup, fast hashing, mail kept in memory."""

from .base import *

DEBUG = False
SECRET_KEY = "test-only-secret-key-not-for-production"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(VAR_DIR / ".test-media")))
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT", str(VAR_DIR / ".test-private-media")))
if STORAGES["documents"]["BACKEND"] == "atelier.media.storage.PrivateFileSystemStorage":
    STORAGES["documents"]["OPTIONS"] = {"location": PRIVATE_MEDIA_ROOT}
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
WAGTAILADMIN_BASE_URL = "http://testserver"
LOGGING["root"]["level"] = "WARNING"
# Tests change pages with plain saves and expect to see it; tests/site/test_page_cache.py
# turns the store on where it is the subject.
PAGE_CACHE_STORE = False
API_RESPONSE_CACHE = False  # likewise; tests/api/test_response_cache.py turns it on
API_VERSIONED_ETAGS = True  # one process: the local-memory cache is shared by all requests
# wagtail-localize's dummy machine translator (it reverses the words): the "Translate
# with machine" path works in tests without an account or the network.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
    "OPTIONS": {},
}
