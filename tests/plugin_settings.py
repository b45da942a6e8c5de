"""The test settings with the `knowledge` plugin removed (tests/test_plugins.py)."""

from atelier.settings.test import *  # noqa: F403

INSTALLED_APPS = [app for app in INSTALLED_APPS if app != "knowledge"]  # noqa: F405
ATELIER_APPS = [app for app in ATELIER_APPS if app != "knowledge"]  # noqa: F405
