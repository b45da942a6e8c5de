"""The WSGI application (``atelier.wsgi:application``), as gunicorn and any WSGI server load it."""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "atelier.settings.production")

application = get_wsgi_application()

# The objects loaded so far (modules, classes, settings, models: about 275,000) live as
# long as the process. Frozen, they are left out of the garbage collector's full passes,
# which otherwise walk all of them (about 100 ms) whenever a request allocates enough to
# trigger one: a search reads 10,000 rows, so its slowest answers were those passes
# (docs/deployment.md, "Web: gunicorn"). Collected first, so no startup garbage is kept.
gc.collect()
gc.freeze()
