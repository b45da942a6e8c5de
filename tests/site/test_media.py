"""Images and documents: metadata derived from the file, uploads checked, privacy kept."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

pytestmark = pytest.mark.django_db


def make_pdf(word: str, pages: int = 2) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=14)
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.cell(text=f"Pagina {number} over {word}")
    return bytes(pdf.output())


def make_png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "#0b5a8c").save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def admin_client(client, home_page):
    client.login(username="admin", password="admin")
    return client


@pytest.fixture
def root_collection():
    from wagtail.models import Collection

    return Collection.get_first_root_node()


def upload_document(admin_client, collection, name, content, title="Rapport"):
    upload = SimpleUploadedFile(name, content, content_type="application/octet-stream")
    return admin_client.post(
        "/admin/documents/add/",
        {"title": title, "file": upload, "collection": collection.pk},
    )


def test_uploaded_pdf_gets_type_size_pages_and_text_from_the_file(admin_client, root_collection):
    from wagtail.documents import get_document_model

    content = make_pdf("wijkvernieuwing")
    response = upload_document(admin_client, root_collection, "rapport.pdf", content)
    assert response.status_code == 302, response.content.decode()[:2000]

    document = get_document_model().objects.get(title="Rapport")
    assert document.file_type == "pdf"
    assert document.size_bytes == len(content)
    assert document.page_count == 2
    assert "wijkvernieuwing" in document.extracted_text


def test_a_file_named_pdf_that_is_not_a_pdf_gets_a_clear_form_error(admin_client, root_collection):
    from wagtail.documents import get_document_model

    response = upload_document(admin_client, root_collection, "nep.pdf", b"just some text\n")
    assert response.status_code == 200
    assert response.context["form"].errors["file"] == [
        "Dit bestand heet .pdf maar is geen PDF-bestand."
    ]
    assert not get_document_model().objects.exists()


def test_an_extension_that_is_not_allowed_is_refused(admin_client, root_collection):
    from wagtail.documents import get_document_model

    response = upload_document(admin_client, root_collection, "virus.exe", b"MZ\x90\x00")
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["file"])
    assert "exe" in errors
    assert not get_document_model().objects.exists()


def test_an_image_without_alt_text_that_is_not_decorative_is_refused(admin_client, root_collection):
    from wagtail.images import get_image_model

    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Buurtfeest",
            "file": SimpleUploadedFile("feest.png", make_png(), content_type="image/png"),
            "collection": root_collection.pk,
            "description": "",
        },
    )
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["description"])
    assert "alt-tekst" in errors and "decoratief" in errors
    assert not get_image_model().objects.exists()


def test_image_with_alt_text_is_accepted_and_uses_it(admin_client, root_collection):
    from wagtail.images import get_image_model

    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Buurtfeest",
            "file": SimpleUploadedFile("feest.png", make_png(), content_type="image/png"),
            "collection": root_collection.pk,
            "description": "Bewoners dansen op het plein",
        },
    )
    assert response.status_code == 302
    assert get_image_model().objects.get().alt_text == "Bewoners dansen op het plein"


def test_decorative_images_have_empty_alt_text(root_collection):
    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model

    image = get_image_model()(
        title="Patroon",
        file=ImageFile(io.BytesIO(make_png()), name="patroon.png"),
        is_decorative=True,
        description="Blauwe vlakken",
        collection=root_collection,
    )
    image.full_clean()
    image.save()
    assert image.alt_text == ""


@pytest.fixture
def private_document(root_collection):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model
    from wagtail.models import CollectionViewRestriction

    private = root_collection.add_child(name="Intern")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model()(title="Notulen", collection=private)
    document.file.save("notulen.pdf", ContentFile(make_pdf("vertrouwelijk")), save=False)
    document.save()
    return document


def test_document_in_a_private_collection_is_not_served_anonymously(client, private_document):
    assert private_document.is_public is False
    # The URL is /documents/<id>/<filename>; storage may have added a suffix to the name.
    assert private_document.url.startswith(f"/documents/{private_document.pk}/notulen")
    response = client.get(private_document.url)
    assert response.status_code == 302
    assert "/login" in response["Location"]


def test_document_in_a_private_collection_is_served_after_login(
    client, home_page, private_document
):
    client.login(username="editor", password="editor")
    response = client.get(private_document.url)
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    assert body.startswith(b"%PDF-")
