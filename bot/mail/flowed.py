"""RFC 3676 format=flowed: join soft-broken lines back into paragraphs.

A line ending in a space continues on the next line of the same quote depth (§4.2); a leading
space is stuffing (§4.4); with DelSp=yes the trailing space is removed when joining (§4.2).
The signature separator "-- " is never a soft break (§4.3).
"""

from __future__ import annotations


def unflow(text: str, delsp: bool = False) -> str:
    out: list[str] = []
    paragraph: list[str] = []
    paragraph_depth = 0

    def flush() -> None:
        if paragraph:
            prefix = ">" * paragraph_depth + (" " if paragraph_depth else "")
            out.append(prefix + "".join(paragraph))
            paragraph.clear()

    for line in text.split("\n"):
        depth, content = _split_quote(line)
        if paragraph and depth != paragraph_depth:
            flush()  # §4.5: a change of quote depth ends a paragraph even after a soft break
        paragraph_depth = depth
        soft = content.endswith(" ") and content.rstrip() != "--"
        if soft and delsp:
            content = content[:-1]
        paragraph.append(content)
        if not soft:
            flush()
    flush()
    return "\n".join(out)


def _split_quote(line: str) -> tuple[int, str]:
    depth = len(line) - len(line.lstrip(">"))
    content = line[depth:]
    if content.startswith(" "):
        content = content[1:]
    return depth, content
