"""The registration demo (``load_demo`` step 25): "Dag van de Buurt" and the kennisatelier
take registrations on the site, with places per workshop, and the first upcoming such
event gets a few made-up registrants so the dashboard has something to count. The facts
are in ``registrations.toml`` beside this file (docs/demo.md); ``build.py`` applies them."""

from .build import load_registration_demo

__all__ = ["load_registration_demo"]
