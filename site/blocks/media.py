"""Images and video. A video never contacts YouTube or Vimeo before the visitor asks for it."""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.images.models import AbstractImage


def first_image():
    """Block previews in the admin show a real image from the library when there is one."""
    return get_image_model().objects.order_by("-created_at").first()


class ImageBlock(blocks.StructBlock):
    """An image whose alt text (or decorative status) comes from the image library."""

    image = ImageChooserBlock(
        label=_("image"),
        help_text=_(
            "The alt text and the photographer come from the image library; "
            "correct them there if they are wrong."
        ),
    )
    caption = blocks.CharBlock(
        label=_("caption"),
        required=False,
        max_length=250,
        help_text=_("Appears below the image. Say what the photo does not show by itself."),
    )
    credit = blocks.CharBlock(
        label=_("photographer / source"),
        required=False,
        max_length=120,
        help_text=_("Empty: the source from the image library."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"
        description = _("An image with a caption and a credit.")

    def _coerce(self, value):
        # Accepts the shapes older content and other apps may store: an image id,
        # an image, or the {"image", "alt_text", "decorative"} dict of Wagtail's ImageBlock.
        if isinstance(value, AbstractImage):
            return {"image": value}
        if isinstance(value, int):
            return {"image": value}
        return value

    def to_python(self, value):
        return super().to_python(self._coerce(value))

    def bulk_to_python(self, values):
        return super().bulk_to_python([self._coerce(value) for value in values])

    def normalize(self, value):
        return super().normalize(self._coerce(value))

    def get_preview_value(self):
        return self.normalize(
            {
                "image": first_image(),
                "caption": gettext("Residents and professionals in conversation."),
            }
        )


@dataclass(frozen=True)
class VideoSource:
    provider: str
    video_id: str

    @property
    def provider_name(self) -> str:
        return {"youtube": "YouTube", "vimeo": "Vimeo"}[self.provider]

    @property
    def embed_url(self) -> str:
        if self.provider == "youtube":
            return f"https://www.youtube-nocookie.com/embed/{self.video_id}?autoplay=1&rel=0"
        return f"https://player.vimeo.com/video/{self.video_id}?dnt=1&autoplay=1"

    @property
    def watch_url(self) -> str:
        if self.provider == "youtube":
            return f"https://www.youtube.com/watch?v={self.video_id}"
        return f"https://vimeo.com/{self.video_id}"


YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
YOUTUBE_HOSTS = {"youtube.com", "m.youtube.com", "youtube-nocookie.com"}


def parse_video_url(url: str) -> VideoSource | None:
    """The provider and id of a YouTube or Vimeo link; None for anything else."""
    parsed = urlparse((url or "").strip())
    if parsed.scheme not in {"http", "https"}:
        return None
    host = (parsed.hostname or "").removeprefix("www.")
    parts = [p for p in parsed.path.split("/") if p]
    candidate = None
    if host == "youtu.be" and parts:
        candidate = parts[0]
    elif host in YOUTUBE_HOSTS:
        if parts == ["watch"]:
            candidate = (parse_qs(parsed.query).get("v") or [""])[0]
        elif len(parts) >= 2 and parts[0] in {"embed", "shorts", "live"}:
            candidate = parts[1]
    if candidate is not None:
        return VideoSource("youtube", candidate) if YOUTUBE_ID.match(candidate) else None
    if host in {"vimeo.com", "player.vimeo.com"}:
        digits = [p for p in parts if p.isdigit()]
        if digits:
            return VideoSource("vimeo", digits[0])
    return None


class VideoValue(blocks.StructValue):
    @cached_property
    def source(self) -> VideoSource | None:
        return parse_video_url(self.get("url"))


class VideoBlock(blocks.StructBlock):
    url = blocks.URLBlock(
        label=_("link to the video"),
        help_text=_(
            "Paste the link from YouTube or Vimeo, for example "
            "https://www.youtube.com/watch?v=… or https://vimeo.com/…"
        ),
    )
    title = blocks.CharBlock(
        label=_("title of the video"),
        max_length=150,
        help_text=_(
            "Shown on the play button and helps screen readers. "
            "For example 'Looking back on Neighbourhood Day'."
        ),
    )
    poster = ImageChooserBlock(
        label=_("poster image"),
        required=False,
        help_text=_("An image from our own library; the site fetches nothing from YouTube."),
    )
    caption = blocks.CharBlock(
        label=_("caption"),
        required=False,
        max_length=250,
        help_text=_("For example where to find a transcript or subtitles."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_block.html"
        value_class = VideoValue
        description = _(
            "A YouTube or Vimeo video that only loads when the visitor clicks play. "
            "That way nobody tracks the visitor without them knowing."
        )

    def get_preview_value(self):
        return self.normalize(
            {
                "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                "title": gettext("Looking back on Neighbourhood Day"),
                "caption": gettext("With Dutch subtitles."),
            }
        )

    def clean(self, value):
        value = super().clean(value)
        if value.get("url") and parse_video_url(value["url"]) is None:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _(
                            "This is not a link to a YouTube or Vimeo video. Open the video, "
                            "click 'Share' and paste that link here."
                        )
                    )
                }
            )
        return value
