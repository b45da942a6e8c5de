"""Production-like settings for `make bench`: DEBUG off, persistent connections, the
production middleware stack, plus the baseline views of tests/bench/urls.py and the v2
fields of tests/bench/apps.py.

The bench starts two servers: "warm" with the caches on, "cold" with the environment
``API_RESPONSE_CACHE=0`` (the API's response cache off) and ``PAGE_CACHE_STORE=0`` (the
page cache of site/page_cache.py off, read by the base settings)."""

import os

os.environ.setdefault("SECRET_KEY", "bench-only-" + "x" * 50)
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")

from atelier.settings.production import *  # noqa: E402,F403

ROOT_URLCONF = "tests.bench.urls"
INSTALLED_APPS = [*INSTALLED_APPS, "tests.bench.apps.BenchConfig"]  # noqa: F405
# The bench's workers share no cache (local memory), but nothing changes while it measures:
# the stores and version-derived ETags are on as they are in production with CACHE_URL.
API_VERSIONED_ETAGS = True
API_RESPONSE_CACHE = os.environ.get("API_RESPONSE_CACHE", "1") != "0"
PAGE_CACHE_STORE = os.environ.get("PAGE_CACHE_STORE", "1") != "0"
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
DATABASES["default"]["CONN_MAX_AGE"] = None  # noqa: F405  (persistent, as in production)
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
