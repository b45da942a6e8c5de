from django.urls import path

from . import feeds

urlpatterns = [
    path("artikelen/rss/", feeds.ArticleRssFeed(), name="articles_rss"),
    path("artikelen/atom/", feeds.ArticleAtomFeed(), name="articles_atom"),
    path("publicaties/rss/", feeds.ReportRssFeed(), name="reports_rss"),
    path("publicaties/atom/", feeds.ReportAtomFeed(), name="reports_atom"),
]
