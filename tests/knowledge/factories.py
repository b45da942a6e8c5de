"""Test data builders for knowledge pages (wagtail-factories). Tests and nothing else use these."""

import datetime

import factory
import wagtail_factories
from atelier.models import AtelierDocument, Theme
from django.core.files.base import ContentFile
from wagtail.models import Collection

from knowledge.demo import make_pdf
from knowledge.models import (
    ArticleIndexPage,
    ArticlePage,
    ArticlePerson,
    DossierPage,
    ProjectIndexPage,
    ProjectPage,
    ProjectTimelineEntry,
    ReportAuthor,
    ReportDocument,
    ReportIndexPage,
    ReportPage,
)
from tests.programme.factories import OrganisationFactory, PersonFactory

__all__ = ["OrganisationFactory", "PersonFactory"]


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.Sequence(lambda n: f"thema-{n}")

    class Meta:
        model = Theme


class PdfDocumentFactory(factory.django.DjangoModelFactory):
    """A real PDF (made with fpdf2), so type, size and pages are derived as in production."""

    class Meta:
        model = AtelierDocument

    class Params:
        pages = 2
        word = "rapportwoord"

    title = factory.Sequence(lambda n: f"Rapport {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.LazyAttribute(
        lambda o: ContentFile(
            make_pdf(o.title, [f"Pagina {n + 1} over {o.word}." for n in range(o.pages)]),
            name=f"{o.title.lower().replace(' ', '-')}.pdf",
        )
    )


class ProjectIndexPageFactory(wagtail_factories.PageFactory):
    title = "Projecten"
    slug = "projecten"

    class Meta:
        model = ProjectIndexPage


class ProjectPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Project {n}")
    summary = "Een project over samenleven in de stad."
    start_date = datetime.date(2017, 1, 1)
    status = "ongoing"

    class Meta:
        model = ProjectPage


class TimelineEntryFactory(factory.django.DjangoModelFactory):
    project = factory.SubFactory(ProjectPageFactory)
    date = datetime.date(2019, 1, 1)
    date_precision = "year"
    title = factory.Sequence(lambda n: f"Moment {n}")
    narrative = "<p>Wat er gebeurde.</p>"

    class Meta:
        model = ProjectTimelineEntry


class ReportIndexPageFactory(wagtail_factories.PageFactory):
    title = "Publicaties"
    slug = "publicaties"

    class Meta:
        model = ReportIndexPage


class ReportPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Rapport {n}")
    report_type = "final_report"
    publication_date = datetime.date(2019, 12, 1)
    summary = "Wat de steden zelf ervaren."

    class Meta:
        model = ReportPage


class ReportDocumentFactory(factory.django.DjangoModelFactory):
    report = factory.SubFactory(ReportPageFactory)
    document = factory.SubFactory(PdfDocumentFactory)
    label = "Volledig rapport"

    class Meta:
        model = ReportDocument


class ReportAuthorFactory(factory.django.DjangoModelFactory):
    report = factory.SubFactory(ReportPageFactory)
    person = factory.SubFactory(PersonFactory)

    class Meta:
        model = ReportAuthor


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Artikelen"
    slug = "artikelen"

    class Meta:
        model = ArticleIndexPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Artikel {n}")
    kind = "news"
    date = datetime.date(2020, 11, 20)
    intro = "Een korte aanloop."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Tekst.</p>")])

    class Meta:
        model = ArticlePage


class ArticlePersonFactory(factory.django.DjangoModelFactory):
    article = factory.SubFactory(ArticlePageFactory)
    person = factory.SubFactory(PersonFactory)
    role = "author"

    class Meta:
        model = ArticlePerson


class DossierPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Dossier {n}")
    theme = factory.SubFactory(ThemeFactory)

    class Meta:
        model = DossierPage
