"""The home app's demo: the frame of the site (``load_demo`` step 10), the front door once
every app has made its sections (step 85) and the English menus (step 90). The texts are in
``home.toml`` beside this file (docs/demo.md)."""

from .frame import (
    demo_site_address,
    ensure_locales,
    load_home_demo,
    translate_navigation,
)
from .frontdoor import load_front_door

__all__ = [
    "demo_site_address",
    "ensure_locales",
    "load_front_door",
    "load_home_demo",
    "translate_navigation",
]
