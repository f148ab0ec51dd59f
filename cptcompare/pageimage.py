"""A contract page as a PNG with the quoted words highlighted, for the evidence view.

Rendering runs in the parsing worker under the same limits as parsing: a hostile page can cost
the worker its time budget, never the dashboard.
"""

from __future__ import annotations

import io

from .analysis import sha256_of
from .config import Limits
from .models import Box
from .pdf import open_pdf
from .worker import run_limited

SCALE = 2.0  # pixels per PDF point: 144 dpi, sharp on a 2x screen at a column's width
CLOSE_UP_MARGIN = 28  # points around the highlighted words in the close-up
FILL = (255, 214, 0, 90)  # translucent yellow over the quoted words
EDGE = (214, 120, 0, 255)  # with an orange outline, so the mark shows in greyscale prints too
PAD = 2  # points around the words


def render(
    data: bytes, number: int, boxes: list[Box], password: str | None = None, limits: Limits | None = None
) -> bytes:
    """PNG of page ``number`` (1-based) with ``boxes`` (PDF points, top-left origin) marked."""
    limits = limits or Limits()
    return run_limited(_render, (data, number, boxes, password, limits), limits)


def _render(data: bytes, number: int, boxes: list[Box], password: str | None, limits: Limits) -> bytes:
    from PIL import Image, ImageDraw

    with open_pdf(data, sha256_of(data), limits, password) as pdf:
        page = pdf.image(number, SCALE).convert("RGBA")
    overlay = Image.new("RGBA", page.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for b in boxes:
        corners = [
            (b.x0 - PAD) * SCALE,
            (b.top - PAD) * SCALE,
            (b.x1 + PAD) * SCALE,
            (b.bottom + PAD) * SCALE,
        ]
        draw.rectangle(corners, fill=FILL, outline=EDGE, width=2)
    out = io.BytesIO()
    Image.alpha_composite(page, overlay).convert("RGB").save(out, format="PNG", optimize=True)
    return out.getvalue()


def close_up(png: bytes, boxes: list[Box], margin: float = CLOSE_UP_MARGIN) -> bytes | None:
    """The part of a rendered page (render()'s PNG) around the highlighted words, so they can be
    read at a column's width without zooming; None where there are no words to show."""
    from PIL import Image

    if not boxes:
        return None
    page = Image.open(io.BytesIO(png))
    x0 = max(0, (min(b.x0 for b in boxes) - margin) * SCALE)
    top = max(0, (min(b.top for b in boxes) - margin) * SCALE)
    x1 = min(page.width, (max(b.x1 for b in boxes) + margin) * SCALE)
    bottom = min(page.height, (max(b.bottom for b in boxes) + margin) * SCALE)
    out = io.BytesIO()
    page.crop((int(x0), int(top), int(x1), int(bottom))).save(out, format="PNG", optimize=True)
    return out.getvalue()
