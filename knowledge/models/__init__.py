from .articles import ArticleIndexPage, ArticleKind, ArticlePage, ArticlePerson, ArticleRole
from .dossiers import DossierPage
from .projects import (
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
    ProjectStatus,
    ProjectTeamMember,
    ProjectTimelineEntry,
)
from .reports import ReportAuthor, ReportDocument, ReportIndexPage, ReportPage, ReportType

__all__ = [
    "ArticleIndexPage",
    "ArticleKind",
    "ArticlePage",
    "ArticlePerson",
    "ArticleRole",
    "DossierPage",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPartner",
    "ProjectStatus",
    "ProjectTeamMember",
    "ProjectTimelineEntry",
    "ReportAuthor",
    "ReportDocument",
    "ReportIndexPage",
    "ReportPage",
    "ReportType",
]
