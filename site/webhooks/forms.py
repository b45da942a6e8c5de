"""Admin forms for endpoints: page types Wagtail knows, events, and the SSRF check on the URL."""

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Page, get_page_models

from .models import WebhookEndpoint, event_choices, generate_secret
from .ssrf import check_endpoint_url

MIN_SECRET_LENGTH = 24


def page_content_types():
    models = [model for model in get_page_models() if model is not Page]
    ids = [ct.pk for ct in ContentType.objects.get_for_models(*models).values()]
    return ContentType.objects.filter(pk__in=ids).order_by("app_label", "model")


class PageTypeChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        model = obj.model_class()
        return str(model._meta.verbose_name) if model else obj.model


class EndpointForm(WagtailAdminModelForm):
    url = forms.URLField(
        label=_("URL"),
        max_length=500,
        assume_scheme="https",
        help_text=WebhookEndpoint._meta.get_field("url").help_text,
    )
    event_types = forms.MultipleChoiceField(
        label=_("Events"),
        choices=event_choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The events that send a message."),
    )
    content_types = PageTypeChoiceField(
        label=_("Page types"),
        queryset=ContentType.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave empty to get messages about all page types."),
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["url", "description", "event_types", "content_types", "is_active"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["content_types"].queryset = page_content_types()

    def clean_url(self):
        url = self.cleaned_data["url"]
        check_endpoint_url(url)
        return url


class EndpointCreateForm(EndpointForm):
    class Meta(EndpointForm.Meta):
        fields = ["url", "description", "secret", "event_types", "content_types", "is_active"]
        help_texts = {
            "secret": _(
                "Copy this secret to the receiver now: it is not shown again after saving. "
                "You can have a new secret made later."
            )
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["secret"].initial = generate_secret()
        self.fields["secret"].min_length = MIN_SECRET_LENGTH


class EndpointEditForm(EndpointForm):
    new_secret = forms.BooleanField(
        label=_("Make a new secret"),
        required=False,
        help_text=_("The new secret is shown once after saving; the old one stops working."),
    )
    resume = forms.BooleanField(
        label=_("Resume"),
        required=False,
        help_text=_("Turns the webhook back on; messages kept meanwhile are then sent."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance.is_paused:
            del self.fields["resume"]

    def save(self, commit=True):
        endpoint = super().save(commit=False)
        if self.cleaned_data.get("new_secret"):
            endpoint.secret = generate_secret()
        if self.cleaned_data.get("resume"):
            endpoint.resume()
        if commit:
            endpoint.save()
            self.save_m2m()
        return endpoint
