from atelier.search_limits import MAX_SEARCH_CHARS
from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from . import service

MAX_QUERY_LENGTH = MAX_SEARCH_CHARS
MAX_PAGE = 10_000


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search term"),
        max_length=MAX_QUERY_LENGTH,
        required=False,
        help_text=_("For example a theme, a name or a title."),
    )
    type = forms.MultipleChoiceField(
        label=pgettext_lazy("kind of search result", "Type"), required=False
    )
    theme = forms.MultipleChoiceField(label=_("Theme"), required=False)
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1900, max_value=2100)
    # A page number only comes from our own links: a bad one (abc, 0) means the first page,
    # as on the index pages, not a form error.
    page = forms.CharField(required=False, max_length=20)

    def __init__(self, *args, theme_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = sorted(service.type_labels().items())
        self.fields["theme"].choices = list(theme_choices)

    def clean_page(self) -> int:
        raw = (self.cleaned_data.get("page") or "").strip()
        return min(int(raw), MAX_PAGE) if raw.isdigit() and int(raw) >= 1 else 1
