"""Blocks that ask the visitor to do something: follow a link, sign up for the newsletter."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ..csp import allow_form_action
from .links import LinkBlock


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("kop"), max_length=100, help_text=_("Kort en actief, bijvoorbeeld 'Doe mee'.")
    )
    text = blocks.TextBlock(
        label=_("tekst"), required=False, help_text=_("Eén of twee zinnen: waarom meedoen?")
    )
    link = LinkBlock(label=_("knop"))

    class Meta:
        icon = "pick"
        label = _("Oproep met knop")
        template = "blocks/call_to_action_block.html"
        description = _("Een opvallend vlak met een knop naar een aanmelding of pagina.")
        preview_value = {
            "heading": "Doe mee met het lerende netwerk",
            "text": "Vier bijeenkomsten over inclusieve wijken, met collega's uit het hele land.",
            "link": {"url": "https://www.example.org/aanmelden", "label": "Meld je aan"},
        }


class NewsletterBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("kop"), default="Blijf op de hoogte", max_length=100)
    text = blocks.TextBlock(
        label=_("tekst"),
        required=False,
        help_text=_("Wat krijgt de lezer en hoe vaak? Bijvoorbeeld 'Eens per maand ons nieuws.'"),
    )
    button_label = blocks.CharBlock(label=_("tekst op de knop"), default="Aanmelden", max_length=40)

    class Meta:
        icon = "mail"
        label = _("Aanmelden nieuwsbrief")
        template = "blocks/newsletter_block.html"
        description = _(
            "Een aanmeldformulier voor de nieuwsbrief. Het adres van de nieuwsbriefdienst "
            "staat bij Instellingen › Organisatiegegevens."
        )
        preview_value = {
            "heading": "Blijf op de hoogte",
            "text": "Eens per maand nieuws over bijeenkomsten en publicaties.",
            "button_label": "Aanmelden",
        }

    def get_context(self, value, parent_context=None):
        from ..models.settings import SiteSettings, settings_for

        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        site_settings = settings_for(SiteSettings, request)
        url = site_settings.newsletter_url
        # Without a configured https address there is nowhere safe to post to: show nothing.
        if url and (request is None or allow_form_action(request, url)):
            context["newsletter_url"] = url
            context["email_field"] = site_settings.newsletter_email_field or "email"
        return context
