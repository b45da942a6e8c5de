from atelier.page_cache import public_revalidate
from django.urls import path

from . import feeds

urlpatterns = [
    path("artikelen/rss/", public_revalidate(feeds.ArticleRssFeed()), name="articles_rss"),
    path("artikelen/atom/", public_revalidate(feeds.ArticleAtomFeed()), name="articles_atom"),
    path("publicaties/rss/", public_revalidate(feeds.ReportRssFeed()), name="reports_rss"),
    path("publicaties/atom/", public_revalidate(feeds.ReportAtomFeed()), name="reports_atom"),
]
