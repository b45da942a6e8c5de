"""Images for the demo site, drawn here with Pillow (no downloads, no real photos):
street-scene banners for events and projects, covers for publications and portraits
with initials. Each is made once (found again by its title), so loading the demo twice
adds nothing."""

from __future__ import annotations

import hashlib
import io
import random
import textwrap

from django.core.files.images import ImageFile

# Colour pairs (background, accent) per theme slug; anything else gets the first.
PALETTES = {
    "wijkaanpak": ("#0b5a8c", "#f2b134"),
    "inclusieve-wijken": ("#7a3e9d", "#f6d55c"),
    "stadsvernieuwing": ("#1b7f5b", "#f28c28"),
    "sociaal-werk": ("#a04a1f", "#9fd3c7"),
    "samenleven-in-diversiteit": ("#5a3d8c", "#7fd1ae"),
    "diversiteit-en-werk": ("#8c1d40", "#f4c95d"),
    "inclusieve-samenleving": ("#1d4e89", "#f7a072"),
}
HOUSE_COLOURS = ["#f4f1ea", "#e7d8c9", "#d9e4dd", "#f2e3bc", "#e3d5ea", "#cfe0ee"]
COLOURS = ["#0b5a8c", "#7a3e9d", "#1b7f5b", "#a04a1f", "#5a5f1d", "#8c1d40"]


def _rng(text: str) -> random.Random:
    return random.Random(int(hashlib.sha256(text.encode()).hexdigest()[:12], 16))  # noqa: S311


def _font(size: int):
    from PIL import ImageFont

    return ImageFont.load_default(size=size)


def _save(image, title: str, filename: str, *, description: str = "", decorative=False):
    from ..models import AtelierImage

    existing = AtelierImage.objects.filter(title=title).first()
    if existing is not None:
        return existing
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return AtelierImage.objects.create(
        title=title,
        description=description,
        is_decorative=decorative,
        file=ImageFile(buffer, name=filename),
    )


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")[:60]


def street_banner(title: str, theme: str = ""):
    """A wide drawing of a street of houses under a coloured sky, different for every
    title; decorative (the page's title says what it is about)."""
    from PIL import Image, ImageDraw

    existing = _existing(f"Beeld {title}")
    if existing is not None:
        return existing
    width, height = 1600, 900
    sky, accent = PALETTES.get(theme, PALETTES["wijkaanpak"])
    rng = _rng(title)
    image = Image.new("RGB", (width, height), sky)
    draw = ImageDraw.Draw(image)
    # A low sun and a few clouds.
    sun_x = rng.randint(200, width - 200)
    draw.ellipse([sun_x - 90, 140, sun_x + 90, 320], fill=accent)
    for _ in range(4):
        x, y = rng.randint(0, width), rng.randint(60, 360)
        cloud = [x, y, x + rng.randint(160, 320), y + 46]
        draw.rounded_rectangle(cloud, radius=23, fill=_lighter(sky, 70))
    # Two rows of houses: the back row smaller and darker.
    for row, (base, scale, shade) in enumerate([(720, 0.7, 40), (900, 1.0, 0)]):
        x = -rng.randint(0, 80)
        while x < width:
            house_width = int(rng.randint(140, 240) * scale)
            house_height = int(rng.randint(220, 420) * scale)
            colour = _darker(rng.choice(HOUSE_COLOURS), shade)
            top = base - house_height
            draw.rectangle([x, top, x + house_width, base], fill=colour, outline="#1d1d1f")
            roof = rng.choice(["gable", "flat", "step"])
            if roof == "gable":
                peak = (x + house_width // 2, top - int(90 * scale))
                draw.polygon(
                    [(x - 6, top), peak, (x + house_width + 6, top)],
                    fill=_darker(accent, 60 + shade),
                )
            elif roof == "step":
                step = house_width // 4
                box = [x + step, top - int(50 * scale), x + house_width - step, top]
                draw.rectangle(box, fill=colour)
            _windows(draw, rng, x, top, house_width, house_height, scale, row)
            x += house_width + rng.randint(0, 12)
    return _save(image, f"Beeld {title}", f"beeld-{_slug(title)}.png", decorative=True)


def _windows(draw, rng, x, top, width, height, scale, row):
    size = int(34 * scale)
    gap = int(26 * scale)
    lit = "#ffe9a8"
    for wy in range(top + gap, top + height - size - gap, size + gap):
        for wx in range(x + gap, x + width - size - gap // 2, size + gap):
            fill = lit if rng.random() < 0.35 else "#3b4a5a"
            draw.rectangle([wx, wy, wx + size, wy + size], fill=fill)
    if row == 1:  # a front door
        door_x = x + width // 2 - size // 2
        door = [door_x, top + height - int(size * 1.8), door_x + size, top + height]
        draw.rectangle(door, fill="#2b2b2b")


def _lighter(colour: str, amount: int) -> str:
    colour = colour.lstrip("#")[:6]
    r, g, b = (min(255, int(colour[i : i + 2], 16) + amount) for i in (0, 2, 4))
    return f"#{r:02x}{g:02x}{b:02x}"


def _darker(colour: str, amount: int) -> str:
    colour = colour.lstrip("#")[:6]
    r, g, b = (max(0, int(colour[i : i + 2], 16) - amount) for i in (0, 2, 4))
    return f"#{r:02x}{g:02x}{b:02x}"


def _existing(title: str):
    from ..models import AtelierImage

    return AtelierImage.objects.filter(title=title).first()


def report_cover(title: str, kind: str, publisher: str, year: str, theme: str = ""):
    """A publication's cover (A4 proportions): publisher, title, type and year, as on a
    printed report. Its alt text says which publication it is."""
    from PIL import Image, ImageDraw

    name = f"Omslag {title} ({kind}, {year})"
    existing = _existing(name)
    if existing is not None:
        return existing
    width, height = 800, 1131
    background, accent = PALETTES.get(theme, PALETTES["samenleven-in-diversiteit"])
    rng = _rng(name)
    image = Image.new("RGB", (width, height), "#fbfaf7")
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, width, 430], fill=background)
    for _ in range(7):  # a pattern of overlapping circles in the band
        cx, cy, r = rng.randint(0, width), rng.randint(-60, 430), rng.randint(60, 220)
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=accent, width=10)
    draw.rectangle([0, 430, width, 446], fill=accent)
    draw.text((64, 500), publisher.upper(), font=_font(30), fill="#4a4a55")
    y = 560
    for line in textwrap.wrap(title, width=22)[:5]:
        draw.text((64, y), line, font=_font(64), fill="#1d1d1f")
        y += 78
    draw.text((64, height - 120), f"{kind} · {year}", font=_font(34), fill=background)
    return _save(
        image,
        name,
        f"omslag-{_slug(title)}-{_slug(kind)}.png",
        description=f"Omslag van '{title}' ({kind}, {year})",
    )


def portrait(name: str):
    """A placeholder portrait: initials on a colour."""
    from PIL import Image, ImageDraw

    title = f"Portret {name}"
    existing = _existing(title)
    if existing is not None:
        return existing
    initials = "".join(part[0] for part in name.replace("-", " ").split() if part[0].isupper())
    colour = COLOURS[sum(map(ord, name)) % len(COLOURS)]
    image = Image.new("RGB", (480, 480), colour)
    draw = ImageDraw.Draw(image)
    draw.text((240, 240), initials[:3], fill="white", font=_font(170), anchor="mm")
    slug = "".join(c for c in name.lower() if c.isalnum())
    return _save(image, title, f"portret-{slug}.png", description=name)
