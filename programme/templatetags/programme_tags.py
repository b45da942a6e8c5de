"""Template helpers for programme pages."""

from django import template
from django.template.loader import select_template
from django.utils.text import get_text_list
from django.utils.translation import gettext

register = template.Library()

# The registration app may provide the first template; without it, the second shows the
# status and (for external registration) the button.
REGISTRATION_TEMPLATES = [
    "registration/event_registration.html",
    "programme/components/registration.html",
]


@register.simple_tag(takes_context=True)
def registration_box(context, page):
    """The register button (or its status) for an event or series page."""
    series = getattr(page, "series", None) if page.registration_mode == "none" else None
    owner = series if series is not None and series.registration_mode != "none" else page
    request = context.get("request")
    chosen = select_template(REGISTRATION_TEMPLATES)
    return chosen.render(
        {
            "page": page,
            "owner": owner,
            "via_series": owner is not page,
            "status": owner.registration_status(),
            "request": request,
        },
        request,
    )


@register.filter
def people_names(people) -> str:
    return ", ".join(person.display_name for person in people)


@register.filter
def and_list(values) -> str:
    """``[1, 2, 3]`` as "1, 2 and 3" in the active language."""
    return get_text_list([str(value) for value in values], gettext("and"))
