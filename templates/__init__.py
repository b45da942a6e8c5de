"""Site templates; a package only so that `pip install .` ships them as ``atelier.templates``."""
