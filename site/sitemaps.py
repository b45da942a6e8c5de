"""The site's sitemap: every live, public page in every language, each with its language
versions as ``xhtml:link`` alternates (hreflang) and an x-default.

Wagtail's stock sitemap walks only the default site's root page, which is the Dutch home
page, so English pages (under /en/, a sibling tree) were missing. Aliases of untranslated
pages (Dutch text at an English address) are left out: the Dutch page is the one to index."""

from collections import defaultdict
from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap

from .localization import real_pages


class AllLanguagesSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_root = reduce(or_, (Q(path__startswith=root.path) for root in roots))
        return (
            real_pages()
            .filter(in_a_root)
            .order_by("path")
            .defer_streamfields()
            .select_related("locale")
            .specific()
        )

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        versions = self._language_versions(items)
        urls, last_mods = [], set()
        for item in items:
            alternates = self._alternates(versions.get(item.translation_key, []))
            for url_info in item.get_sitemap_urls(self.request):
                if alternates:
                    url_info = {**url_info, "alternates": alternates}
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def _language_versions(self, items) -> dict:
        """``{translation_key: [(language code, url)]}`` in one query for the whole page."""
        keys = {item.translation_key for item in items}
        versions = defaultdict(list)
        for version in (
            real_pages()
            .filter(translation_key__in=keys)
            .select_related("locale")
            .order_by("locale__language_code")
        ):
            location = version.get_full_url(self.request)
            if location:
                versions[version.translation_key].append((version.locale.language_code, location))
        return versions

    @staticmethod
    def _alternates(versions) -> list[dict]:
        if len(versions) < 2:
            return []
        alternates = [{"lang_code": code, "location": location} for code, location in versions]
        default = dict(versions).get(settings.LANGUAGE_CODE)
        if default:
            alternates.append({"lang_code": "x-default", "location": default})
        return alternates


SITEMAPS = {"pages": AllLanguagesSitemap}
