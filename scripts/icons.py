#!/usr/bin/env python3
"""Draws Tandem's app icons (two overlapping circles, as the favicon) into static/icons/:
icon.svg, icon-192.png, icon-512.png and icon-maskable-512.png (on a full background,
the circles inside the safe zone). No dependencies beyond Python; the output is
committed, so run this only when the icon changes:  python3 scripts/icons.py"""

import struct
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "static" / "icons"
TEAL = (0x0B, 0x6E, 0x69)
ORANGE = (0xD9, 0x77, 0x06)
BACKGROUND = (0xF7, 0xF7, 0xF4)
# Circles on a 32-unit square, as in the favicon: (centre x, centre y, radius, colour, opacity).
CIRCLES = [(12, 16, 9, TEAL, 1.0), (20, 16, 9, ORANGE, 0.8)]
SAMPLES = 4


def coverage(x, y, size, scale, circle):
    """The share of pixel (x, y) inside `circle`, drawn at `scale` of the square."""
    cx, cy, r, _, _ = circle
    unit = size / 32 * scale
    offset = size * (1 - scale) / 2
    inside = 0
    for i in range(SAMPLES):
        for j in range(SAMPLES):
            px = (x + (i + 0.5) / SAMPLES - offset) / unit
            py = (y + (j + 0.5) / SAMPLES - offset) / unit
            inside += (px - cx) ** 2 + (py - cy) ** 2 <= r * r
    return inside / SAMPLES**2


def draw(size, scale, background):
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            rgb, alpha = (background, 1.0) if background else ((0, 0, 0), 0.0)
            for circle in CIRCLES:
                a = coverage(x, y, size, scale, circle) * circle[4]
                if a:
                    out = a + alpha * (1 - a)
                    rgb = tuple((c * a + b * alpha * (1 - a)) / out for c, b in zip(circle[3], rgb))
                    alpha = out
            row += bytes(round(c) for c in rgb) + bytes([round(alpha * 255)])
        rows.append(bytes(row))
    return png(size, b"".join(rows))


def png(size, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def svg():
    circles = "".join(
        f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="#{"".join(f"{c:02x}" for c in colour)}"'
        + (f' fill-opacity="{opacity}"' if opacity < 1 else "") + "/>"
        for cx, cy, r, colour, opacity in CIRCLES
    )
    return f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">{circles}</svg>\n'


OUT.mkdir(parents=True, exist_ok=True)
(OUT / "icon.svg").write_text(svg())
(OUT / "icon-192.png").write_bytes(draw(192, 1.0, None))
(OUT / "icon-512.png").write_bytes(draw(512, 1.0, None))
# Maskable: the platform may crop to a circle of 80% of the width; keep the picture within it.
(OUT / "icon-maskable-512.png").write_bytes(draw(512, 0.8, BACKGROUND))
print("written:", ", ".join(sorted(p.name for p in OUT.iterdir())))
