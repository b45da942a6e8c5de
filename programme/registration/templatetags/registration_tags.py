"""For programme templates: ``{% load registration_tags %}{% registration_summary page as reg %}``
then ``reg.url``, ``reg.status``, ``reg.places_left``."""

from django import template

from .. import summary

register = template.Library()


@register.simple_tag
def registration_summary(page) -> dict:
    return summary.registration_summary(page)


@register.simple_tag
def registration_url(page) -> str:
    return summary.registration_url(page) or ""
