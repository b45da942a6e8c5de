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
        label=_("page on this site"),
        required=False,
        help_text=_("Choose a page on this site, or enter a web address below."),
    )
    url = blocks.URLBlock(
        label=_("other web address"),
        required=False,
        help_text=_("Only for another website, for example https://www.example.org/."),
    )
    label = blocks.CharBlock(
        label=_("link text"),
        required=False,
        max_length=80,
        help_text=_("What the visitor reads, for example 'Sign up'. Empty: the page's title."),
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
                        _("Choose a page or enter a web address, not both. Clear this field.")
                    )
                }
            )
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": ValidationError(
                        _("Choose a page on this site or enter a web address for the button.")
                    )
                }
            )
        if value.get("url") and not value.get("label"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "label": ValidationError(
                        _("Give the link a text: a web address tells the visitor little.")
                    )
                }
            )
        return value
