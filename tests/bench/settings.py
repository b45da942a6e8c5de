"""Production-like settings for `make bench`: DEBUG off, persistent connections, the
production middleware stack, plus the baseline views of tests/bench/urls.py."""

import os

os.environ.setdefault("SECRET_KEY", "bench-only-" + "x" * 50)
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")

from atelier.settings.production import *  # noqa: E402,F403

ROOT_URLCONF = "tests.bench.urls"
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
DATABASES["default"]["CONN_MAX_AGE"] = None  # noqa: F405  (persistent, as in production)
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
