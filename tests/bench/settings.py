"""Production-like settings for `make bench`: DEBUG off, persistent connections, the
production middleware stack, plus the baseline views of tests/bench/urls.py and the v2
fields of tests/bench/apps.py.

The bench starts two servers with a Redis cache each (``CACHE_URL``): "warm" with the caches
on, "cold" with the environment ``API_RESPONSE_CACHE=0`` (the API's response cache off) and
``PAGE_CACHE_STORE=0`` (the page cache of site/page_cache.py off); both read by the base
settings."""

import os

os.environ.setdefault("SECRET_KEY", "bench-only-" + "x" * 50)
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")

from atelier.settings.production import *  # noqa: E402,F403

ROOT_URLCONF = "tests.bench.urls"
INSTALLED_APPS = [*INSTALLED_APPS, "tests.bench.apps.BenchConfig"]  # noqa: F405
# tests/bench/run.py gives each server a Redis database as CACHE_URL, as in production, so the
# version-derived ETags, stored API answers and stored pages are on by default (SHARED_CACHE);
# the cold server turns the stores off through the environment. (The bench's manage.py
# commands run without CACHE_URL, on local memory: they serve no requests.)
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
DATABASES["default"]["CONN_MAX_AGE"] = None  # noqa: F405  (persistent, as in production)
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
