"""Blocks that ask the visitor to do something: follow a link, sign up for the newsletter."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ..csp import allow_form_action
from .links import LinkBlock


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("heading"), max_length=100, help_text=_("Short and active, for example 'Join us'.")
    )
    text = blocks.TextBlock(
        label=_("text"), required=False, help_text=_("One or two sentences: why take part?")
    )
    link = LinkBlock(label=_("button"))

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"
        description = _("A striking panel with a button to a registration or a page.")

    def get_preview_value(self):
        return self.normalize(
            {
                "heading": gettext("Join the learning network"),
                "text": gettext(
                    "Four meetings about inclusive neighbourhoods, with colleagues from "
                    "all over the country."
                ),
                "link": {"url": "https://www.example.org/aanmelden", "label": gettext("Sign up")},
            }
        )


class NewsletterBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), default=_("Stay informed"), max_length=100)
    text = blocks.TextBlock(
        label=_("text"),
        required=False,
        help_text=_(
            "What does the reader get, and how often? For example 'Our news once a month.'"
        ),
    )
    button_label = blocks.CharBlock(label=_("button text"), default=_("Subscribe"), max_length=40)

    class Meta:
        icon = "mail"
        label = _("Newsletter sign-up")
        template = "blocks/newsletter_block.html"
        description = _(
            "A sign-up form for the newsletter. The address of the newsletter service is set "
            "under Settings › Organisation details."
        )

    def get_preview_value(self):
        return self.normalize(
            {
                "heading": gettext("Stay informed"),
                "text": gettext("News about meetings and publications, once a month."),
                "button_label": gettext("Subscribe"),
            }
        )

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
