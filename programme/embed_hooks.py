"""Admin side of the embeddable agenda: a snippet generator under Settings, so an editor can
hand a partner the <iframe> code. Loaded with the programme's wagtail_hooks.py; the
cache purge is connected in signals.py."""

from urllib.parse import urlencode

from atelier.models import Theme
from django import forms
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Site

from .embed import DEFAULT_LIMIT, MAX_LIMIT
from .filters import event_format_field
from .models import EventSeriesPage
from .queries import public_series


class EmbedSnippetForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language"),
        choices=[("nl", "Nederlands"), ("en", "English")],
        help_text=_("Events and texts in this language."),
    )
    theme = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=Theme.objects.none(),
        to_field_name="slug",
        required=False,
        empty_label=_("All themes"),
    )
    format = event_format_field()
    series = forms.ModelChoiceField(
        label=_("Learning network"),
        queryset=EventSeriesPage.objects.none(),  # set per request: .public() reads the db
        required=False,
        empty_label=_("All events"),
        help_text=_("Show only the sessions of this network."),
    )
    limit = forms.IntegerField(
        label=_("Number of events"), min_value=1, max_value=MAX_LIMIT, initial=DEFAULT_LIMIT
    )
    scheme = forms.ChoiceField(
        label=_("Colours"),
        choices=[
            ("auto", _("Follows the visitor's setting")),
            ("light", _("Light")),
            ("dark", _("Dark")),
        ],
        initial="auto",
    )
    height = forms.IntegerField(
        label=_("Height in pixels"),
        min_value=150,
        max_value=3000,
        initial=600,
        help_text=_("How tall the frame is on the partner's site."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = Theme.objects.select_related("locale").order_by("name")
        self.fields["theme"].label_from_instance = lambda theme: (
            f"{theme.name} ({theme.locale.language_code})"
        )
        self.fields["series"].queryset = public_series()

    def embed_query(self) -> str:
        data = self.cleaned_data
        query = {"language": data["language"], "limit": data["limit"]}
        if data.get("theme"):
            query["theme"] = data["theme"].slug
        if data.get("format"):
            query["format"] = data["format"]
        if data.get("series"):
            query["series"] = data["series"].pk
        if data["scheme"] != "auto":
            query["scheme"] = data["scheme"]
        return urlencode(query)


def site_root(request) -> str:
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    return site.root_url.rstrip("/") if site else request.build_absolute_uri("/").rstrip("/")


def embed_snippet(request):
    form = EmbedSnippetForm(request.GET if "language" in request.GET else None)
    context = {"form": form}
    if form.is_valid():
        src = f"{site_root(request)}{reverse('embed_agenda')}?{form.embed_query()}"
        context.update(
            src=src,
            iframe_title=pgettext("embedded agenda", "Events"),
            height=form.cleaned_data["height"],
            preview_src=f"{reverse('embed_agenda')}?{form.embed_query()}",
        )
    return TemplateResponse(request, "programme/embed/admin_snippet.html", context)


@hooks.register("register_admin_urls")
def register_embed_snippet_url():
    return [path("embed/agenda/", embed_snippet, name="embed_snippet")]


@hooks.register("register_settings_menu_item")
def register_embed_snippet_menu_item():
    return MenuItem(
        _("Embed the event calendar"), reverse("embed_snippet"), icon_name="code", order=900
    )
