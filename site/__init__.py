"""Atelier: the Django project and what every app shares (installed as ``atelier``)."""
