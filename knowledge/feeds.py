"""RSS and Atom feeds for articles and reports: only live, public pages in the visitor's
language, with absolute links; report files ride along as enclosures."""

import mimetypes
from datetime import datetime, time

from atelier.hosts import absolute_url
from atelier.localization import in_their_languages
from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Enclosure
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from . import queries
from .models import ArticleIndexPage, ReportIndexPage

FEED_LENGTH = 30
FEED_NAMES = ("articles_rss", "articles_atom", "reports_rss", "reports_atom")


def _start_of_day(value):
    return timezone.make_aware(datetime.combine(value, time(9, 0))) if value else None


class KnowledgeFeed(Feed):
    index_model = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.language = get_language() or "nl"
        return None

    def link(self):
        index = (
            self.index_model.objects.live()
            .public()
            .filter(locale__language_code=self.language)
            .first()
        )
        return absolute_url(index.get_url(self.request) if index else "/", self.request)

    def feed_url(self):
        return absolute_url(self.request.path, self.request)

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_title(self, item):
        return item.title

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]


def in_their_languages_list(items) -> list:
    """The feed's pages, with their themes (categories) in the feed's language."""
    items = list(items)
    in_their_languages(items)
    return items


class ArticleRssFeed(KnowledgeFeed):
    index_model = ArticleIndexPage
    title = _("Articles")
    description = _("News, interviews and columns")

    def items(self):
        return in_their_languages_list(queries.articles_for_listing(self.language)[:FEED_LENGTH])

    def item_description(self, item):
        return item.intro

    def item_pubdate(self, item):
        return _start_of_day(item.date)

    def item_author_name(self, item):
        return ", ".join(person.display_name for person in item.authors) or None


class ArticleAtomFeed(ArticleRssFeed):
    feed_type = Atom1Feed
    subtitle = ArticleRssFeed.description


class ReportRssFeed(KnowledgeFeed):
    index_model = ReportIndexPage
    title = _("Publications")
    description = _("Reports, start notes, factsheets and other publications")

    def items(self):
        reports = queries.reports_for_listing(self.language).filter(is_forthcoming=False)
        return in_their_languages_list(reports[:FEED_LENGTH])

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        # A publication known only by its year or month gets no made-up day.
        if item.publication_date_precision != "day":
            return None
        return _start_of_day(item.publication_date)

    def item_author_name(self, item):
        return ", ".join(author.person.display_name for author in item.authors.all()) or None

    # RSS allows one enclosure per item (the main file); Atom takes every file.
    max_enclosures = 1

    def item_enclosures(self, item):
        enclosures = [
            Enclosure(
                absolute_url(row.document.url, self.request),
                str(row.document.size_bytes or 0),
                mimetypes.guess_type(row.document.filename)[0] or "application/octet-stream",
            )
            for row in queries.public_report_documents(item)
        ]
        return enclosures[: self.max_enclosures] if self.max_enclosures else enclosures


class ReportAtomFeed(ReportRssFeed):
    feed_type = Atom1Feed
    max_enclosures = None
    subtitle = ReportRssFeed.description


def feed_urls(sender, change, **kwargs) -> list[str]:
    """Every public content change may add or withdraw a feed item: purge the feeds."""
    if not change.purging:
        return []
    from atelier.public_content import site_roots
    from django.urls import reverse
    from django.utils import translation

    paths = []
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            paths += [reverse(f"knowledge:{name}") for name in FEED_NAMES]
    return [root + path for root in site_roots() for path in dict.fromkeys(paths)]
