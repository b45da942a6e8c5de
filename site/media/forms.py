"""Admin form bases for images and documents: uploads are checked with clear messages."""

from django import forms
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from .documents import UnreadableDocument, extension_of, inspect_document


class ImageForm(BaseImageForm):
    pass


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data and extension_of(upload.name) == "pdf":
            try:
                inspect_document(upload)
            except UnreadableDocument as exc:
                raise forms.ValidationError(str(exc), code="unreadable") from exc
        return upload
