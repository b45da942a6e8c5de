"""Custom image and document models, in place from the first migration."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.search import index

from .documents import inspect_document
from .storage import document_storage


class AtelierImage(AbstractImage):
    """An image with alt text (``description``) unless it is purely decorative."""

    is_decorative = models.BooleanField(
        _("decorative"),
        default=False,
        help_text=_(
            "Tick this if the image adds nothing to the content (for example a background "
            "pattern). Screen readers then skip it and no alt text is needed."
        ),
    )
    credit = models.CharField(
        _("photographer / source"),
        max_length=255,
        blank=True,
        help_text=_("Shown below the image, for example 'Photo: Jan Jansen'."),
    )

    admin_form_fields = (
        "title",
        "file",
        "description",
        "is_decorative",
        "credit",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    @property
    def alt_text(self) -> str:
        """The text for ``alt``: empty for decorative images, as WCAG asks."""
        return "" if self.is_decorative else (self.description or self.title)

    def clean(self):
        super().clean()
        if not self.is_decorative and not (self.description or "").strip():
            raise ValidationError(
                {
                    "description": _(
                        "Describe what the image shows (alt text), or tick 'decorative' if "
                        "the image adds nothing."
                    )
                }
            )


class AtelierRendition(AbstractRendition):
    image = models.ForeignKey(AtelierImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class AtelierDocument(AbstractDocument):
    """A document whose type, size, page count and text are derived from the file."""

    # Not under MEDIA_URL: only the document view, after its privacy check, serves files.
    file = models.FileField(upload_to="documents", verbose_name=_("file"), storage=document_storage)
    file_type = models.CharField(_("file type"), max_length=20, blank=True, editable=False)
    size_bytes = models.PositiveBigIntegerField(_("size (bytes)"), null=True, editable=False)
    page_count = models.PositiveIntegerField(_("number of pages"), null=True, editable=False)
    extracted_text = models.TextField(_("text from the file"), blank=True, editable=False)

    admin_form_fields = ("title", "file", "collection", "tags")

    search_fields = [
        *AbstractDocument.search_fields,
        index.SearchField("extracted_text"),
    ]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def clean(self):
        # Without a file the form has already said what is wrong with the upload; Wagtail's
        # extension check would only add a confusing "extension '' is not allowed".
        if self.file:
            super().clean()

    def derive_metadata(self) -> None:
        info = inspect_document(self.file)
        self.file_type = info.file_type
        self.size_bytes = info.size_bytes
        self.page_count = info.page_count
        self.extracted_text = info.text

    def save(self, *args, **kwargs):
        if self.file and (self._file_changed() or self.size_bytes is None):
            self.derive_metadata()
        super().save(*args, **kwargs)

    def _file_changed(self) -> bool:
        if not self.pk:
            return True
        previous = type(self).objects.filter(pk=self.pk).values_list("file", flat=True).first()
        return previous != self.file.name

    @property
    def is_public(self) -> bool:
        """False while the document's collection (or one above it) is private."""
        return not self.collection.get_view_restrictions().exists()
