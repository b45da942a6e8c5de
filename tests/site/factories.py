"""Test data for the site's blocks and pages."""

import factory
import wagtail_factories
from atelier.blocks import BaseStreamBlock
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = get_image_model()

    title = factory.Sequence(lambda n: f"Wijkwandeling {n}")
    description = "Bewoners lopen met een wijkcoach door de straat."
    credit = "Foto: Sanne de Vries"


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_document_model()

    title = factory.Sequence(lambda n: f"Eindrapport {n}")
    file = factory.LazyFunction(
        lambda: ContentFile(b"Een korte samenvatting van het onderzoek.\n" * 40, name="rapport.txt")
    )


def every_block_body(image, document, page) -> list[dict]:
    """One of every block the library offers, filled in as an editor would."""
    stream = BaseStreamBlock()
    body = []
    for name, block in stream.child_blocks.items():
        value = block.get_prep_value(block.get_preview_value())
        if name == "image":
            value = {"image": image.pk, "caption": "Bijschrift", "credit": ""}
        if name == "downloads":
            value = {"heading": "Downloads", "documents": [document.pk]}
        if name == "call_to_action":
            value = {
                "heading": "Doe mee",
                "text": "",
                "link": {"page": page.pk, "url": "", "label": ""},
            }
        if name == "listing":
            value = {"source": "every", "heading": "", "theme": None, "limit": 2, "more_link": None}
        body.append({"type": name, "value": value})
    return body
