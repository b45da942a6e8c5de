"""Dutch for labels that Wagtail's own Dutch catalog leaves in English.

Nothing imports this module: it only carries the msgids, so that ``make messages`` keeps
them in site/locale. That catalog is in LOCALE_PATHS, which Django reads before any app's
catalog, so its Dutch wins over Wagtail's. Remove an entry once Wagtail translates it.
"""

from django.utils.translation import gettext_noop

WAGTAIL_LABELS = [
    gettext_noop("File"),  # the documents listing and chooser; Wagtail's nl catalog says "File"
]
