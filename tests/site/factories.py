"""Test data for the site's blocks and pages."""

import factory
import wagtail_factories
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
