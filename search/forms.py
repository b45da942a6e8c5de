from atelier.search_limits import MAX_SEARCH_CHARS
from django import forms
from django.utils.translation import gettext_lazy as _

from . import service

MAX_QUERY_LENGTH = MAX_SEARCH_CHARS


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Zoekterm"),
        max_length=MAX_QUERY_LENGTH,
        required=False,
        help_text=_("Bijvoorbeeld een thema, een naam of een titel."),
    )
    type = forms.MultipleChoiceField(label=_("Soort"), required=False)
    theme = forms.MultipleChoiceField(label=_("Thema"), required=False)
    year = forms.IntegerField(label=_("Jaar"), required=False, min_value=1900, max_value=2100)
    page = forms.IntegerField(required=False, min_value=1, max_value=10_000)

    def __init__(self, *args, theme_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = sorted(service.type_labels().items())
        self.fields["theme"].choices = list(theme_choices)
