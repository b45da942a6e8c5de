"""The editors' handbook (docs/editors.md, in Dutch) inside the admin, under Help.

One text for the repository and the admin: the Markdown file is rendered on request, its
screenshots (docs/img/) served next to it. ``ATELIER_HANDBOOK`` points elsewhere when the
site runs from an installed package rather than a checkout (docs/deployment.md).
"""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

IMAGE_NAME = re.compile(r"^[\w-]+\.(png|jpg|jpeg|webp|svg)$")
IMAGE_SRC = re.compile(r'src="img/([^"]+)"')


def handbook_path() -> Path:
    return Path(settings.ATELIER_HANDBOOK)


def render_handbook(text: str) -> tuple[str, list]:
    """HTML and the table of contents (level-2 headings) of the handbook's Markdown."""
    import markdown

    converter = markdown.Markdown(extensions=["tables", "fenced_code", "toc"])
    html = converter.convert(text)
    image_base = reverse("atelier_handbook_image", args=["x.png"]).removesuffix("x.png")
    html = IMAGE_SRC.sub(lambda m: f'src="{image_base}{m.group(1)}"', html)
    contents = [
        {"id": heading["id"], "name": heading["name"]}
        for top in converter.toc_tokens
        for heading in top.get("children", [])
    ]
    return html, contents


def handbook_view(request):
    path = handbook_path()
    html, contents = ("", [])
    if path.is_file():
        html, contents = render_handbook(path.read_text(encoding="utf-8"))
    return TemplateResponse(
        request,
        "atelier/admin/handbook.html",
        {
            # Our own document from the repository, not user input.
            "handbook": mark_safe(html),  # noqa: S308
            "contents": contents,
            "page_title": _("Handbook for editors"),
        },
    )


def handbook_image_view(request, name: str):
    if not IMAGE_NAME.match(name):
        raise Http404
    image = handbook_path().parent / "img" / name
    if not image.is_file():
        raise Http404
    return FileResponse(image.open("rb"))
