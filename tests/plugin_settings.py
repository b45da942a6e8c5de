"""The test settings with plugins removed (tests/test_plugins.py): the apps named in
``ATELIER_REMOVED_APPS`` (comma-separated, default ``knowledge``) and their sub-apps."""

import os

from atelier.settings.test import *  # noqa: F403

REMOVED_APPS = os.environ.get("ATELIER_REMOVED_APPS", "knowledge").split(",")


def _kept(app: str) -> bool:
    return not any(app == removed or app.startswith(removed + ".") for removed in REMOVED_APPS)


INSTALLED_APPS = [app for app in INSTALLED_APPS if _kept(app)]  # noqa: F405
ATELIER_APPS = [app for app in ATELIER_APPS if _kept(app)]  # noqa: F405
