"""Read by `gunicorn` when started from the repository root; the settings live in the
package so that an installed Atelier (`pip install .`) has them too."""

from atelier.gunicorn_conf import *  # noqa: F403
