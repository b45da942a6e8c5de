"""The "latest reports" and "latest articles" listing sources for listing blocks on home
and landing pages (registered in KnowledgeConfig.ready())."""

from . import queries


def latest_reports(theme=None, limit=3, locale=None):
    return list(queries.reports_for_listing(locale, theme).filter(is_forthcoming=False)[:limit])


def latest_articles(theme=None, limit=3, locale=None):
    return list(queries.articles_for_listing(locale, theme)[:limit])


def running_projects(theme=None, limit=3, locale=None):
    return list(queries.projects_for_listing(locale, theme).filter(status="ongoing")[:limit])


def dossiers(theme=None, limit=3, locale=None):
    return list(queries.dossiers_for_listing(locale, theme)[:limit])
