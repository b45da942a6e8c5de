"""Local development: the embedded setup with DEBUG on."""

import os

os.environ.setdefault("DEBUG", "true")

from .base import *  # noqa: E402

DEBUG = True
