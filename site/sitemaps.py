"""The site's sitemap: every live, public page in every language.

Wagtail's stock sitemap walks only the default site's root page, which is the Dutch home
page, so English pages (under /en/, a sibling tree) were missing."""

from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap


class AllLanguagesSitemap(Sitemap):
    def items(self):
        from wagtail.models import Page

        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_root = reduce(or_, (Q(path__startswith=root.path) for root in roots))
        return (
            Page.objects.filter(in_a_root)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


SITEMAPS = {"pages": AllLanguagesSitemap}
