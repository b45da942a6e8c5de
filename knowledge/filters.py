"""The report index's filter form: type, theme, year and project from the query string.
Bad values become form errors shown next to the field; the list then ignores them."""

from atelier.models import Theme
from atelier.pagination import paginate
from django import forms
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext, pgettext_lazy

from . import queries
from .models import ProjectPage, ReportType


class ReportFilterForm(forms.Form):
    soort = forms.ChoiceField(label=pgettext_lazy("kind of publication", "Type"), required=False)
    thema = forms.ChoiceField(label=_("Theme"), required=False)
    jaar = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    project = forms.TypedChoiceField(
        label=_("Project"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, data, reports, locale):
        super().__init__(data)
        everything = [("", pgettext("report filter, no choice made", "All"))]
        self.fields["soort"].choices = everything + list(ReportType.choices)
        themes = Theme.objects.filter(reports__in=reports.values("pk")).distinct()
        self.fields["thema"].choices = everything + list(themes.values_list("slug", "name"))
        years = sorted(
            {year for year in reports.values_list("pub_year", flat=True) if year}, reverse=True
        )
        self.fields["jaar"].choices = everything + [(str(y), str(y)) for y in years]
        projects = ProjectPage.objects.live().public().filter(locale=locale).order_by("title")
        self.fields["project"].choices = everything + [
            (str(pk), title) for pk, title in projects.values_list("pk", "title")
        ]

    def apply(self, reports):
        self.is_valid()  # fills cleaned_data with the valid fields, errors for the rest
        data = self.cleaned_data
        if data.get("soort"):
            reports = reports.filter(report_type=data["soort"])
        if data.get("thema"):
            reports = reports.filter(themes__slug=data["thema"])
        if data.get("jaar"):
            reports = reports.filter(pub_year=data["jaar"])
        if data.get("project"):
            reports = reports.filter(project_id=data["project"])
        return reports


def filter_reports(index_page, request) -> dict:
    reports = (
        queries.reports_for_listing(index_page.locale)
        .descendant_of(index_page)
        .annotate(pub_year=ExtractYear("publication_date"))
    )
    form = ReportFilterForm(request.GET, reports, index_page.locale)
    filtered = form.apply(reports)
    page = paginate(filtered, request, index_page.per_page)
    return {"filter_form": form, "reports": page}
