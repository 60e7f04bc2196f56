#!/usr/bin/env python3
"""Draws the SnowChatOps Teams icons with the Python standard library only.

color.png   192x192, full colour: a white chat bubble holding a ticket check mark on the brand green.
outline.png 32x32, white on transparent: the same bubble as an outline, as Teams requires.

Usage: python3 tools/manifest/make-icons.py [output-dir]   (default: appPackage/ next to this repo's root)
Shapes are sampled 4x4 per pixel so edges are anti-aliased without any imaging library.
"""
import math
import os
import struct
import sys
import zlib

BRAND = (11, 110, 79)  # accentColor #0B6E4F in appPackage/manifest.json
WHITE = (255, 255, 255)
SAMPLES = 4


def in_round_rect(x, y, left, top, right, bottom, radius):
    if not (left <= x <= right and top <= y <= bottom):
        return False
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def in_triangle(x, y, a, b, c):
    def side(p, q):
        return (x - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (y - q[1])
    d1, d2, d3 = side(a, b), side(b, c), side(c, a)
    has_neg = d1 < 0 or d2 < 0 or d3 < 0
    has_pos = d1 > 0 or d2 > 0 or d3 > 0
    return not (has_neg and has_pos)


def near_polyline(x, y, points, width):
    for (x1, y1), (x2, y2) in zip(points, points[1:]):
        dx, dy = x2 - x1, y2 - y1
        t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
        if math.hypot(x - (x1 + t * dx), y - (y1 + t * dy)) <= width / 2:
            return True
    return False


def bubble(s):
    """The chat bubble in a unit box scaled by s: body plus a tail at the lower left."""
    body = (0.14 * s, 0.18 * s, 0.86 * s, 0.70 * s, 0.12 * s)
    tail = ((0.26 * s, 0.66 * s), (0.44 * s, 0.66 * s), (0.22 * s, 0.86 * s))
    return body, tail


def check(s):
    return [(0.32 * s, 0.45 * s), (0.45 * s, 0.57 * s), (0.69 * s, 0.33 * s)]


def color_pixel(x, y, s):
    body, tail = bubble(s)
    if near_polyline(x, y, check(s), 0.085 * s):
        return BRAND
    if in_round_rect(x, y, *body) or in_triangle(x, y, *tail):
        return WHITE
    return BRAND


def outline_alpha(x, y, s):
    """Opaque where the bubble's 2px stroke or the check mark is; the rest stays transparent."""
    body, tail = bubble(s)
    stroke = 0.075 * s
    inner = (body[0] + stroke, body[1] + stroke, body[2] - stroke, body[3] - stroke, body[4] - stroke)
    outer = in_round_rect(x, y, *body) or in_triangle(x, y, *tail)
    hollow = in_round_rect(x, y, *inner)
    return outer and not hollow or near_polyline(x, y, check(s), 0.09 * s)


def render(size, sample):
    rows = []
    step = 1.0 / SAMPLES
    for py in range(size):
        row = []
        for px in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    value = sample(px + (sx + 0.5) * step, py + (sy + 0.5) * step, size)
                    for i, v in enumerate(value):
                        acc[i] += v
            row.append(tuple(round(v / SAMPLES ** 2) for v in acc))
        rows.append(row)
    return rows


def write_png(path, rows, channels):
    height, width = len(rows), len(rows[0])
    color_type = 6 if channels == 4 else 2
    raw = b"".join(b"\x00" + bytes(v for px in row for v in px[:channels]) for row in rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "appPackage")
    color = render(192, lambda x, y, s: color_pixel(x, y, s) + (255,))
    write_png(os.path.join(out, "color.png"), color, 3)
    outline = render(32, lambda x, y, s: WHITE + ((255,) if outline_alpha(x, y, s) else (0,)))
    write_png(os.path.join(out, "outline.png"), outline, 4)
    print(f"wrote {out}/color.png (192x192) and {out}/outline.png (32x32)")


if __name__ == "__main__":
    main()
