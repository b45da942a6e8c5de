"""Private and embargoed documents are never reachable under MEDIA_URL, in any profile: their
files live outside MEDIA_ROOT, and the development server's media route refuses documents
as the proxy must. Only the document view, which checks privacy first, delivers them."""

import datetime
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import clear_url_caches
from wagtail.models import Collection, CollectionViewRestriction

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def development_urls(settings):
    """The development profile's URLconf: every route plus the media route DEBUG adds."""
    settings.ROOT_URLCONF = "tests.site.development_urls"
    clear_url_caches()
    yield
    clear_url_caches()


@pytest.fixture
def private_document(home_page):
    from tests.knowledge.factories import PdfDocumentFactory

    secret = Collection.get_first_root_node().add_child(name="Intern")
    CollectionViewRestriction.objects.create(
        collection=secret, restriction_type=CollectionViewRestriction.PASSWORD, password="x"
    )
    return PdfDocumentFactory(title="Interne notitie", collection=secret)


@pytest.fixture
def embargoed_document(home_page):
    from tests.knowledge.factories import (
        ReportDocumentFactory,
        ReportIndexPageFactory,
        ReportPageFactory,
    )

    report = ReportPageFactory(
        parent=ReportIndexPageFactory(parent=home_page),
        is_forthcoming=True,
        publication_date=None,
        expected_date=datetime.date(2031, 5, 31),
    )
    row = ReportDocumentFactory(report=report)
    report.save_revision().publish()
    row.document.refresh_from_db()
    assert not row.document.is_public  # in the embargo collection now
    return row.document


def test_document_files_are_stored_outside_media_root(private_document):
    path = Path(private_document.file.path).resolve()
    assert path.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
    assert not path.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    with pytest.raises(NotImplementedError):
        private_document.file.url  # noqa: B018  (no public address exists)


@pytest.mark.parametrize("which", ["private_document", "embargoed_document"])
def test_the_development_media_route_never_serves_a_document(
    client, development_urls, request, which
):
    document = request.getfixturevalue(which)
    media = settings.MEDIA_URL
    assert client.get(f"{media}{document.file.name}").status_code == 404
    # Not even a copy someone left in MEDIA_ROOT, however the path is spelled.
    stray = Path(settings.MEDIA_ROOT) / document.file.name
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(b"%PDF-1.4 stray copy")
    try:
        for spelling in (
            document.file.name,
            f"./{document.file.name}",
            f"x/../{document.file.name}",
        ):
            assert client.get(f"{media}{spelling}").status_code == 404, spelling
    finally:
        stray.unlink()
    # The document view still guards it: a password form or a login, never the file.
    assert client.get(document.url).status_code in (200, 302, 403)
    assert b"%PDF" not in client.get(document.url).content


def test_the_development_media_route_still_serves_images(client, development_urls, home_page):
    from tests.site.factories import ImageFactory

    image = ImageFactory()
    response = client.get(f"{settings.MEDIA_URL}{image.file.name}")
    assert response.status_code == 200


def test_the_development_profile_keeps_documents_out_of_media_root(tmp_path):
    code = (
        "import django, os;"
        "os.environ['DJANGO_SETTINGS_MODULE'] = 'atelier.settings.dev';"
        "django.setup();"
        "from django.conf import settings as s;"
        "from django.core.files.storage import storages;"
        "from wagtail.documents import get_document_model;"
        "storage = get_document_model()._meta.get_field('file').storage;"
        "print(s.DEBUG, type(storage).__name__, storage.location, s.MEDIA_ROOT)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={"ATELIER_VAR_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    debug, backend, location, media_root = result.stdout.split()
    assert debug == "True"
    assert backend == "PrivateFileSystemStorage"
    assert not Path(location).is_relative_to(Path(media_root))
