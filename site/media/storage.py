"""Where document files live: never under MEDIA_URL.

Documents (reports, slides, embargoed files) go to the ``documents`` storage (settings
``STORAGES``): on disk a folder outside MEDIA_ROOT (``PRIVATE_MEDIA_ROOT``) that no static or
media route serves, on S3 a private prefix with signed URLs. Every download goes through
Wagtail's document view, which checks collection privacy and the embargo first. Images stay
in the default (public) storage."""

from django.core.files.storage import FileSystemStorage, storages


class PrivateFileSystemStorage(FileSystemStorage):
    """Files on disk without a public URL: asking for one is an error, not a leak."""

    def url(self, name):
        raise NotImplementedError("private files have no public URL; use the serve view")


def document_storage():
    """The storage of AtelierDocument.file (a callable, so migrations do not record it)."""
    return storages["documents"]
