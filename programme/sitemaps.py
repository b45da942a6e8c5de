"""Person pages in the sitemap: exactly the people ``queries.public_people`` calls public."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from django.utils import translation

from .queries import public_people


class PeopleSitemap(Sitemap):
    def items(self):
        return public_people().select_related("locale").order_by("pk")

    def location(self, person):
        # A person's page in their own language (English ones under /en/).
        with translation.override(person.locale.language_code):
            return reverse("programme:person", args=[person.pk])
