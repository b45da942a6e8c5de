"""What translators translate and what stays shared in knowledge pages (wagtail-localize).

Dates, status, types, documents, the organisation, the project a report belongs to, the
authors and people (snippets shown in the visitor's language at render time) and themes
are shared; titles, summaries, narratives, labels and Q&A blocks are translated. Timeline
entries, team roles and report file labels are translatable rows.
"""

from wagtail_localize.fields import SynchronizedField


def configure() -> None:
    from .models import (
        ArticlePage,
        DossierPage,
        ProjectPage,
        ProjectTeamMember,
        ReportDocument,
        ReportPage,
    )

    ProjectPage.override_translatable_fields = [
        SynchronizedField("organisation"),
        SynchronizedField("themes"),
    ]
    ProjectTeamMember.override_translatable_fields = [
        SynchronizedField("person", overridable=False)
    ]
    ReportPage.override_translatable_fields = [
        SynchronizedField("organisation"),
        SynchronizedField("themes"),
        SynchronizedField("doi", overridable=False),
        SynchronizedField("isbn", overridable=False),
    ]
    ReportDocument.override_translatable_fields = [SynchronizedField("document")]
    ArticlePage.override_translatable_fields = [SynchronizedField("themes")]
    DossierPage.override_translatable_fields = [SynchronizedField("theme")]
