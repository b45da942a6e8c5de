"""Person pages in the sitemap: exactly the people ``queries.public_people`` calls public,
on the site's one host name, each with its language versions as hreflang alternates."""

from collections import defaultdict

from atelier.hosts import absolute_url
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap

from .queries import public_people


class PeopleSitemap(Sitemap):
    def items(self):
        return public_people().select_related("locale").order_by("pk")

    def location(self, person):
        # A person's page in their own language (English ones under /en/).
        with translation.override(person.locale.language_code):
            return absolute_url(reverse("programme:person", args=[person.pk]), self.request)

    def lastmod(self, person):
        return None

    def _urls(self, page, protocol, domain):
        people = list(self.paginator.page(page).object_list)
        versions = defaultdict(list)
        keys = {person.translation_key for person in people}
        for version in self.items().filter(translation_key__in=keys):
            versions[version.translation_key].append(
                (version.locale.language_code, self.location(version))
            )
        urls = []
        for person in people:
            url = {"item": person, "location": self.location(person), "lastmod": None}
            alternates = versions[person.translation_key]
            if len(alternates) > 1:
                url["alternates"] = [
                    {"lang_code": code, "location": location} for code, location in alternates
                ]
                default = dict(alternates).get(settings.LANGUAGE_CODE)
                if default:
                    url["alternates"].append({"lang_code": "x-default", "location": default})
            urls.append(url)
        return urls
