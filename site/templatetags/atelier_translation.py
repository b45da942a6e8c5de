"""The moderation box in wagtail-localize's translation editor (admin only)."""

from django import template
from django.urls import reverse

from ..translation_workflow import moderation_state

register = template.Library()


@register.inclusion_tag("atelier/admin/translation_moderation.html", takes_context=True)
def translation_moderation(context, translation, page):
    request = context["request"]
    return {
        "state": moderation_state(page, request.user),
        "submit_url": reverse("atelier_translation_moderation", args=[translation.pk]),
        "csrf_token": context.get("csrf_token"),
    }
