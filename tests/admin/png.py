"""Just enough PNG decoding (stdlib zlib) to tell whether a screenshot shows anything."""

from __future__ import annotations

import struct
import zlib
from collections import Counter
from dataclasses import dataclass

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_CHANNELS = {2: 3, 6: 4, 0: 1, 4: 2}  # colour type -> samples per pixel (8-bit only)


@dataclass(frozen=True)
class Image:
    width: int
    height: int
    pixels: list[tuple[int, ...]]  # RGB(A) per pixel, row by row

    def colours(self) -> Counter[tuple[int, ...]]:
        return Counter(p[:3] for p in self.pixels)

    def share_not_white(self) -> float:
        return sum(1 for p in self.pixels if min(p[:3]) < 245) / len(self.pixels)


def decode(data: bytes) -> Image:
    assert data.startswith(_SIGNATURE), "not a PNG"
    position, idat, header = len(_SIGNATURE), b"", b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position:position + 4])
        kind = data[position + 4:position + 8]
        chunk = data[position + 8:position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            header = chunk
        elif kind == b"IDAT":
            idat += chunk
    width, height, depth, colour_type = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour_type in _CHANNELS, f"unsupported PNG: depth {depth}, colour type {colour_type}"
    channels = _CHANNELS[colour_type]
    rows = _unfilter(zlib.decompress(idat), width * channels, height, channels)
    pixels = [tuple(row[i:i + channels]) for row in rows for i in range(0, len(row), channels)]
    return Image(width, height, pixels)


def _unfilter(raw: bytes, stride: int, height: int, bpp: int) -> list[bytes]:
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for x in range(stride):
            left = line[x - bpp] if x >= bpp else 0
            up = previous[x]
            corner = previous[x - bpp] if x >= bpp else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                line[x] = (line[x] + _paeth(left, up, corner)) & 0xFF
        rows.append(bytes(line))
        previous = line
    return rows


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c
