"""A link to a page on this site or to another website, shared by several blocks."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class LinkValue(blocks.StructValue):
    # Templates look up dict keys before attributes, so these names differ from the fields.
    @property
    def target_page(self):
        page = self.get("page")
        if page is None:
            return None
        # The visitor's language version when there is one; drafts never get a link.
        page = page.localized
        return page if page.live else None

    @property
    def href(self) -> str:
        page = self.target_page
        if page is not None:
            return page.url or ""
        return self.get("url") or ""

    @property
    def text(self) -> str:
        page = self.target_page
        return self.get("label") or (page.title if page is not None else "") or self.href

    @property
    def is_external(self) -> bool:
        return self.get("page") is None and bool(self.get("url"))


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(
        label=_("pagina op deze site"),
        required=False,
        help_text=_("Kies een pagina op deze site, óf vul hieronder een webadres in."),
    )
    url = blocks.URLBlock(
        label=_("ander webadres"),
        required=False,
        help_text=_("Alleen voor een andere website, bijvoorbeeld https://www.example.org/."),
    )
    label = blocks.CharBlock(
        label=_("linktekst"),
        required=False,
        max_length=80,
        help_text=_(
            "Wat de bezoeker leest, bijvoorbeeld 'Meld je aan'. Leeg: de titel van de pagina."
        ),
    )

    class Meta:
        icon = "link"
        label = _("Link")
        value_class = LinkValue
        form_classname = "atelier-link-block"

    def clean(self, value):
        value = super().clean(value)
        if value.get("page") and value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _(
                            "Kies een pagina óf vul een webadres in, niet allebei. "
                            "Maak dit veld leeg."
                        )
                    )
                }
            )
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": ValidationError(
                        _("Kies een pagina op deze site of vul een webadres in voor de knop.")
                    )
                }
            )
        if value.get("url") and not value.get("label"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "label": ValidationError(
                        _("Geef de link een tekst: een webadres zegt de bezoeker weinig.")
                    )
                }
            )
        return value
