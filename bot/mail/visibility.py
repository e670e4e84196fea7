"""Whether a reader can see an element's text: the ways to hide text in a mail, one small check each.

What a reader cannot see never counts (issue 10 item 11). Thresholds lean towards "hidden": text that
is barely visible is not where an honest candidate writes their answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import tinycss2.ast

from bot.mail import css
from bot.mail.css import Declaration, Rgba

# Text under this WCAG contrast ratio against its background is not read (#eee on white is 1.16,
# light grey #d3d3d3 is 1.47, #999 is 2.85).
MIN_CONTRAST = 1.3
# Font sizes at or under this many CSS pixels are unreadable (0.2 em, 2 pt, 15%).
MAX_HIDDEN_FONT_PX = 3.0
# Moved this far left or up, text is off every screen.
OFF_SCREEN_PX = -500.0
# Moved this far right, text is past the edge of any mail reader's pane (issue 10 item 11, red-team variant:
# "position:absolute; left:9999px").
FAR_RIGHT_PX = 2000.0
# The colour CSS's initial value, CanvasText, paints text in a reader that draws the page as written: black.
CANVAS_TEXT: css.Rgba = (0.0, 0.0, 0.0, 1.0)
# A link's own colour where the message sets none (HTML's user-agent style, :link { color: LinkText }).
LINK_TEXT: css.Rgba = (0.0, 0.0, 0.933, 1.0)
# An outline this wide (CSS px) may cover text beside its element.
WIDE_OUTLINE_PX = 50.0
# Letters drawn this much closer than their width (CSS px; 0.25 em) pile up into an unreadable smear.
SQUEEZED_PX = -4.0
Style = dict[str, Declaration]


# A table column or column group is not rendered, exactly as if it had display:none (CSS 2.1 section 17.2): a
# '<div style="display:table-column">' draws none of its text (issue 10 item 11, red-team variant).
_NOT_RENDERED = frozenset({"none", "table-column", "table-column-group"})


def _display_none(d: Declaration) -> bool:
    return d.name == "display" and d.value in _NOT_RENDERED


def _struck_out(d: Declaration) -> bool:
    """Text drawn struck through ("text-decoration: line-through") is text its writer took back: never an answer."""
    return d.name in ("text-decoration", "text-decoration-line") and "line-through" in d.value


def _invisible(d: Declaration) -> bool:
    return (d.name == "visibility" and d.value in ("hidden", "collapse")) or (
        d.name == "content-visibility" and d.value == "hidden")


def _mso_hidden(d: Declaration) -> bool:
    return d.name == "mso-hide" and d.value == "all"


def _transparent(d: Declaration) -> bool:
    if d.name != "opacity" or len(d.tokens) != 1:
        return False
    token = d.tokens[0]
    if token.type == "percentage":
        return float(token.value) <= 5
    return token.type == "number" and float(token.value) <= 0.05


def _tiny_font(d: Declaration) -> bool:
    if d.name == "font-size" and d.tokens:
        px = css.length_px(d.tokens[0])
        return px is not None and px <= MAX_HIDDEN_FONT_PX
    if d.name == "font":  # "font: 0/0 a": the size is the first length, before any "/"
        for token in d.tokens:
            px = css.length_px(token)
            if px is not None:
                return px <= MAX_HIDDEN_FONT_PX
    return False


# The box's sizes, and their logical names (CSS Logical Properties: in a horizontal text an inline size is a width, a
# block size a height; issue 10 item 11, red-team variant: "block-size:0;overflow:hidden" hid nothing).
_SIZES = frozenset({"width", "height", "max-width", "max-height", "inline-size", "block-size", "max-inline-size",
                    "max-block-size"})
_WIDTHS = frozenset({"width", "max-width", "inline-size", "max-inline-size"})


def _zero_size(d: Declaration) -> bool:
    if d.name not in _SIZES or not d.tokens:
        return False
    px = css.length_px(d.tokens[0])
    # A box a pixel or two wide wraps its text a letter per line, overflow or not: a column nobody reads.
    return px == 0 or (px is not None and d.name in _WIDTHS and px <= 2)


def _masked(d: Declaration) -> bool:
    """"-webkit-text-security: disc": every letter drawn as a bullet, as in a password field; "font-size-adjust: 0":
    letters of no height."""
    if d.name in ("-webkit-text-security", "text-security"):
        return d.value not in ("none", "initial", "unset", "inherit", "")
    if d.name == "font-size-adjust" and d.tokens and d.tokens[-1].type == "number" and (
            len(d.tokens) == 1 or (len(d.tokens) == 2 and d.tokens[0].type == "ident")):
        # Also the two-value form of CSS Fonts 5, a metric then its ratio: "font-size-adjust: ex-height 0.01"
        # draws letters a hundredth as tall (issue 10 item 11, red-team variant: only "0.01" alone was read).
        return float(d.tokens[-1].value) <= 0.1
    return False


def _squeezed(d: Declaration) -> bool:
    """"letter-spacing: -1em": every letter drawn on top of the one before; "word-spacing: -9999px": every word
    drawn over the one before (issue 10 item 11, red-team variant)."""
    if d.name not in ("letter-spacing", "word-spacing") or not d.tokens:
        return False
    px = css.length_px(d.tokens[0])
    return px is not None and px <= (SQUEEZED_PX if d.name == "letter-spacing" else -_FONT_PX)


_FROM_THE_LEFT = frozenset({"left", "margin-left", "text-indent", "padding-left", "margin-inline-start",
                            "padding-inline-start", "inset-inline-start"})


# Borders drawn before the text on its line or above it: one of 2,000 px pushes the text past any reader's pane
# ("border-left: 9999px solid #fff", issue 10 item 11, red-team variant), as a margin or padding does.
_BORDERS_BEFORE = frozenset({"border", "border-left", "border-top", "border-width", "border-left-width",
                             "border-top-width", "border-inline", "border-block", "border-inline-start",
                             "border-block-start", "border-inline-width", "border-block-width",
                             "border-inline-start-width", "border-block-start-width"})


def _off_screen(d: Declaration) -> bool:
    if d.name in _FROM_THE_LEFT and any(v >= FAR_RIGHT_PX for v in css.numbers(d.tokens)):
        return True
    if d.name in _BORDERS_BEFORE and any(v >= FAR_RIGHT_PX for v in css.numbers(d.tokens)):
        return True
    if d.name in ("margin", "padding"):  # the left of "t r b l", "t lr b", "tb lr", "all"
        values = css.numbers(d.tokens)
        left = values[{1: 0, 2: 1, 3: 1}.get(len(values), 3)] if values else 0.0
        if left >= FAR_RIGHT_PX:
            return True
    if d.name in _TOWARDS_THE_START:
        # A percentage is of the containing block (the viewport for position:fixed): -100% moves the text its
        # whole width or height out of it, whatever its size (issue 10 item 11, red-team variant: "text-indent:
        # -100%", "top: -100%"; counted at 0.16 px a percent, they were read as a nudge).
        return (any(v <= OFF_SCREEN_PX for v in css.numbers(d.tokens) if v < 0)
                or any(t.type == "percentage" and float(t.value) <= -100 for t in d.tokens))
    if d.name in _TOWARDS_THE_END and d.tokens:
        # Far right or below, or (positive) a box placed or moved past the left or top edge: "right:99999px".
        return any(v <= OFF_SCREEN_PX or v >= FAR_RIGHT_PX for v in css.numbers(d.tokens))
    return False


# Offsets that move a box left or up when negative, with their logical names (the start of a horizontal line, the top
# of the block; the two-value "margin-inline"/"inset-block" shorthands write the start first), and those that move it
# right or down: a box moved off the screen by "inset-inline-start:-99999px" was read as in place (issue 10 item 11,
# red-team variant).
_TOWARDS_THE_START = frozenset({"left", "top", "margin-left", "margin-top", "text-indent", "margin",
                                "inset-inline-start", "inset-block-start", "margin-inline-start", "margin-block-start",
                                "margin-inline", "margin-block", "inset-inline", "inset-block"})
_TOWARDS_THE_END = frozenset({"right", "bottom", "inset-inline-end", "inset-block-end"})


def _clipped(d: Declaration) -> bool:
    if d.name == "clip":
        for name, values, _ in css.functions(d.tokens):
            if name == "rect" and len(values) == 4:
                top, right, bottom, left = values
                return bottom - top <= 1 or right - left <= 1
            if name == "rect":
                return all(v <= 1 for v in values)
    if d.name in ("clip-path", "-webkit-clip-path"):
        for name, _, args in css.functions(d.tokens):
            pct = [float(t.value) for t in args if t.type == "percentage"]
            if name == "inset" and any(p >= 50 for p in pct):
                return True
            if name in ("circle", "ellipse", "polygon"):
                sizes = css.numbers([t for t in args if t.type != "ident"])
                return bool(sizes) and all(abs(v) < 0.5 for v in sizes)
            # The newer shapes (CSS Masking 2, in browsers since 2023): "xywh(x y w h)" of no width or height and
            # "rect(top right bottom left)" with its bottom at its top or its left at its right draw nothing
            # (issue 10 item 11, red-team variant: "clip-path: xywh(0 0 0 0)" was read as no clip at all).
            edges = [t for t in args if t.type in ("number", "dimension", "percentage")]
            if name == "xywh" and len(edges) >= 4:
                return any(float(t.value) <= 0 for t in edges[2:4])
            if name == "rect" and len(edges) == 4:
                top, right, bottom, left = (float(t.value) for t in edges)
                return len({t.type for t in edges}) == 1 and (bottom <= top or right <= left)
    return False


_COLUMNS = frozenset({"columns", "column-count", "column-width", "-webkit-columns", "-webkit-column-count",
                      "-webkit-column-width", "-moz-columns", "-moz-column-count", "-moz-column-width"})
_ONE_COLUMN = frozenset({"auto", "1", "auto/**/auto", "auto/**/1", "1/**/auto", "initial", "unset", "inherit", "revert",
                         "normal"})


def dark_scheme(value: str) -> bool:
    """Whether a <meta name=color-scheme> content offers the reader a dark scheme."""
    return "dark" in value.lower().replace(",", " ").split()


# The clip-path shapes _clipped works out; a geometry box alone ("border-box") clips to the element's own box.
_CLIP_SHAPES_READ = frozenset({"inset", "circle", "ellipse", "xywh", "rect"})
_CLIP_BOXES = frozenset({"none", "initial", "unset", "inherit", "revert", "revert-layer", "margin-box", "border-box",
                         "padding-box", "content-box", "fill-box", "stroke-box", "view-box"})


def _unread_clip_shape(d: Declaration) -> bool:
    """A clip-path that is none of the shapes _clipped works out: "path('M0 0')" or a polygon whose points lie on one
    line draw nothing, "url(#c)" a clip drawn elsewhere, "shape(...)" any outline (issue 10 item 11, red-team
    variant: "clip-path: path('M0 0')" was read as no clip at all)."""
    if any(name not in _CLIP_SHAPES_READ for name, _, _ in css.functions(d.tokens)):
        return True
    return any(t.type not in ("whitespace", "comment", "function") and
               not (t.type == "ident" and t.lower_value in _CLIP_BOXES) for t in d.tokens)


def _scaled_away(d: Declaration) -> bool:
    if d.name == "zoom" and d.tokens:
        token = d.tokens[0]
        return (token.type == "number" and float(token.value) < 0.1) or (
            token.type == "percentage" and float(token.value) < 10)
    if d.name not in ("transform", "scale"):
        return False
    if d.name == "scale":
        return any(abs(v) < 0.1 for v in css.numbers(d.tokens))
    for name, values, args in css.functions(d.tokens):
        raw = [float(t.value) / (100 if t.type == "percentage" else 1) for t in args
               if t.type in ("number", "percentage")]
        if name in ("scale", "scalex", "scaley", "scale3d") and any(abs(v) < 0.1 for v in raw):
            return True
        if name == "matrix" and len(raw) == 6 and abs(raw[0] * raw[3] - raw[1] * raw[2]) < 0.01:
            return True
        if name.startswith("translate") and (any(v <= OFF_SCREEN_PX for v in values) or any(
                t.type == "percentage" and float(t.value) <= -100 for t in args)):
            return True
        if name in ("translate", "translatex", "translate3d") and values and values[0] >= FAR_RIGHT_PX:
            return True
    return False


# What hides an element and everything in it. A font too small to read is not among them: it hides the element's
# own text, and a child that sets a readable size is drawn (the HTML reader works the size out down the tree).
HIDING: tuple[Callable[[Declaration], bool], ...] = (
    _display_none, _invisible, _mso_hidden, _transparent, _zero_size, _off_screen, _clipped,
    _scaled_away, _struck_out, _squeezed, _masked,
)


def tiny_font(declarations: Iterable[Declaration]) -> bool:
    """Whether one of the declarations makes the font too small to read ("font-size:0", "font: 0/0 a")."""
    return any(_tiny_font(d) for d in declarations)


# Functions whose value is known only when a page is drawn (custom properties, arithmetic, the reader's
# screen): what such a value hides cannot be worked out here.
_DRAWN = frozenset({"var", "calc", "min", "max", "clamp", "env", "attr"})
# The properties the checks above read (a drawn value anywhere else changes nothing they decide).
_READ = frozenset({
    "display", "visibility", "content-visibility", "mso-hide", "opacity", "font", "font-size", "width", "height",
    "max-width", "max-height", "left", "top", "right", "bottom", "margin", "margin-left", "margin-top",
    "text-indent", "clip", "clip-path", "-webkit-clip-path", "zoom", "transform", "scale", "overflow",
    "line-height", "color", "-webkit-text-fill-color", "background", "background-color",
})
_BOX_SIZES = frozenset({"width", "height", "max-width", "max-height", "line-height"})
# Painting effects not worked out here, each with the value that means "no effect": "filter: opacity(0)",
# "brightness(9)" or "invert(1)", or a blend mode, can make text vanish into its background.
# "backface-visibility: hidden" on an element turned around in 3D shows nothing of it.
_EFFECTS = {"filter": "none", "-webkit-filter": "none", "mix-blend-mode": "normal", "backface-visibility": "visible",
            "-webkit-backface-visibility": "visible",
            # A mask can paint nothing of the text; the individual transform properties and "inset" can move or
            # turn it out of sight (issue 10 item 11, red-team variants: "mask-image: linear-gradient(transparent,
            # transparent)", "translate: -10000px 0", "inset: -9999px auto auto -9999px").
            "mask": "none", "mask-image": "none", "-webkit-mask": "none", "-webkit-mask-image": "none",
            "translate": "none", "rotate": "none", "inset": "auto"}
# Transform functions in three dimensions: "rotateX(90deg)" shows the text edge-on, i.e. not at all.
_TURNS = frozenset({"rotatex", "rotatey", "rotate3d", "perspective", "matrix3d", "translatez", "translate3d",
                    "scalez", "skew", "skewx", "skewy"})
# Fonts whose glyphs are pictures or other alphabets: "I use Hootsuite" in Wingdings is a row of symbols.
_SYMBOL_FONT = re.compile(r"wingdings|webdings|dingbats|(?:^|[\s,'\"])symbol(?:$|[\s,'\"])|marlett|blokk|flow block")
# Text colour values that leave the text readable in the reader's default colours (Outlook writes windowtext).
_NO_ANIMATION = frozenset({"none", "initial", "unset", "inherit", "revert", "revert-layer"})
_DEFAULT_TEXT = frozenset({"inherit", "initial", "unset", "revert", "revert-layer", "currentcolor", "auto",
                           "windowtext", "canvastext", "buttontext", "linktext", "visitedtext", "activetext",
                           "fieldtext", "graytext", "highlighttext", "marktext"})


def doubt(declarations: list[Declaration]) -> str:
    """Why whether a reader sees the element's text cannot be worked out from these declarations, or ""."""
    # A box's size hides its text only when the box clips what overflows ("width: calc(100% - 2em)" is common).
    clips = any(d.name == "overflow" and d.value in ("hidden", "clip") for d in declarations)
    # A box that clips what overflows a fixed height shows its first lines only, and one that keeps each line
    # whole (nowrap) and clips at a fixed width shows each line's start only: the answer after "Thanks!" in
    # '<div style="height:1em;overflow:hidden">', or '-webkit-line-clamp: 1' (issue 10 item 11, red-team variants).
    # How much fits is known only when the page is drawn.
    clips_y = clips or any(d.name in ("overflow-y", "overflow-block") and d.value in ("hidden", "clip")
                           for d in declarations)
    clips_x = (clips or any(d.name in ("overflow-x", "overflow-inline") and d.value in ("hidden", "clip")
                            for d in declarations)) and any(
        d.name == "white-space" and d.value in ("nowrap", "pre") for d in declarations)
    for d in declarations:
        if clips_y and d.name == "contain" and ("size" in d.value or "strict" in d.value):
            # Size containment lays the box out as if it were empty (0 px high unless a height is set) and the
            # box clips what overflows: its text is cut away, or cut at a height known only when drawn.
            return f"its box is sized without its text (contain: {d.value[:30]}) and clips it, which is not worked out"
        if d.name in ("-webkit-line-clamp", "line-clamp") and d.value not in ("none", "initial", "unset", "inherit"):
            return f"its style cuts the text after some lines ({d.name}), which is not worked out"
        if ((clips_y and d.name in ("height", "max-height")) or (clips_x and d.name in ("width", "max-width"))) \
                and d.tokens and d.tokens[0].type != "percentage":
            px = css.length_px(d.tokens[0])
            if px is not None and px > 2:
                return f"its box clips what does not fit in a {d.name} of {px:g} px, which is not worked out"
        if d.name in _EFFECTS and d.value != _EFFECTS[d.name]:
            return f"its style sets {d.name}, whose effect on the text is not worked out"
        if d.name == "color-scheme" and any(t.type == "ident" and t.lower_value == "dark" for t in d.tokens):
            # In dark mode a reader draws text of no colour of its own light on a dark canvas (issue 10 item 11,
            # red-team variant: 'color-scheme: dark' around the answer in a white box); which scheme it uses is not
            # known.
            return "its style lets the reader draw it in a dark colour scheme (color-scheme), which is not worked out"
        if d.name in _COLUMNS and d.value not in _ONE_COLUMN:
            # Text laid out in columns whose width depends on the box ("columns: 100" in a 200 px box: a letter a
            # line, issue 10 item 11, red-team variant) is not worked out here; a reply is not written in columns.
            return f"its style lays the text out in columns ({d.name}: {d.value[:20]}), which is not worked out"
        if d.name in ("clip-path", "-webkit-clip-path") and _unread_clip_shape(d):
            return f"its style clips the text to a shape not worked out here ({d.value[:40]})"
        if d.name in _READ and (clips or d.name not in _BOX_SIZES) and _drawn(d.tokens):
            return f"its style gives {d.name} a value known only when the page is drawn"
        if (d.name == "background-image" and d.value not in ("none", "initial", "unset", "inherit")) or (
                d.name == "background" and any(name == "url" or name.endswith("gradient")
                                               for name, _, _ in css.functions(d.tokens))):
            # Dark text on a dark picture (a black gradient, an image) is as unreadable as on a dark colour.
            return "its text is drawn on a picture, against which its colour is not worked out"
        if d.name == "content" and d.value not in _NO_CONTENT:
            # "content: 'text'" on an element itself replaces its text where a browser draws that.
            return f"its style replaces the element's content ({d.value[:40]})"
        if d.name in ("animation", "animation-name") and d.value not in _NO_ANIMATION:
            # "@keyframes gone {to {opacity: 0}}" and "animation: gone 1ms forwards": shown for a millisecond.
            return f"its style animates the text ({d.value[:40]}), whose end state is not worked out"
        if d.name == "all":
            # "all: initial" gives the text the reader's default black whatever the colour around it (black on the
            # dark box it sits in), "unset" and "revert" reset the box's own properties; which declarations come
            # after it and win is not worked out here (issue 10 item 11, red-team variant).
            return f"its style resets every property (all: {d.value[:20]}), which is not worked out"
        if d.name == "z-index" and any(v < 0 for v in css.numbers(d.tokens)):
            return "its style puts text behind other content (a negative z-index)"
        if d.name in ("font-family", "font") and _SYMBOL_FONT.search(d.value):
            return f"its style draws the text in a symbol font ({d.value[:40]})"
        if d.name == "transform" and any(name in _TURNS for name, _, _ in css.functions(d.tokens)):
            return "its style turns the text in three dimensions, which is not worked out"
        if d.name in ("transform", "scale") and _mirrored_or_turned(d):
            # "scaleX(-1)" draws every letter mirrored, right to left; "rotate(180deg)" upside down.
            return "its style draws the text mirrored or turned over, which is not worked out"
        if (d.name in ("color", "-webkit-text-fill-color") and css.color(d.tokens) is None
                and d.value not in _DEFAULT_TEXT and not _drawn(d.tokens)):
            # "lab(100% 0 0)", "oklch(1 0 0)", "color-mix(...)", "light-dark(white, black)", "Canvas": white
            # text written in a syntax not read here.
            return f"its style gives {d.name} a colour not worked out here ({d.value[:40]})"
    return ""


# What a ::first-line or ::first-letter rule may set without changing whether the text can be read (a drop
# cap's size, weight and face, its float and spacing).
_HARMLESS_ON_A_FIRST_LINE = frozenset({
    "font-weight", "font-style", "font-family", "font-variant", "text-transform", "float", "line-height",
    "letter-spacing", "word-spacing", "padding", "padding-left", "padding-right", "padding-top", "padding-bottom",
    "margin", "margin-left", "margin-right", "margin-top", "margin-bottom", "vertical-align",
})
# Generated content that adds nothing: "" and spaces, or nothing at all.
_NO_CONTENT = frozenset({"none", "normal", "''", '""', "initial", "unset", "inherit"})


def pseudo_doubt(pseudo: str, declarations: Iterable[Declaration]) -> str:
    """Why a rule of the pseudo-element ``pseudo`` may change what a reader sees of the element, or "".

    ::before, ::after and ::marker with ``content`` show text that is in no element ("content: 'I never did
    this: '"), or, positioned, may cover the element's text; ::first-line and ::first-letter may paint the first
    line white or shrink it away. Neither is worked out here: the reply goes to a person (style_unchecked)."""
    decls = list(declarations)
    if pseudo in ("first-line", "first-letter"):
        for d in decls:
            if d.name not in _HARMLESS_ON_A_FIRST_LINE and not (d.name in ("font-size", "font") and not _tiny_font(d)):
                return f"its style gives the ::{pseudo} {d.name}, which may hide or change what is read"
        return ""
    content = next((d for d in reversed(decls) if d.name == "content"), None)
    if content is None or content.value in _NO_CONTENT:
        placed = any(d.name == "position" and d.value in ("absolute", "fixed") for d in decls)
        if content is not None and placed:
            return f"its style places a ::{pseudo} box that may cover the text"
        return ""
    if all(t.type == "string" and not t.value.strip() for t in content.tokens):
        return ""
    return f"its style adds text through ::{pseudo} ({content.value[:40]}), which is not read"


# Vertical space that pushes what follows out of a reader's sight: about a screen (issue 10 item 11, red-team
# variant: "<div style='margin-top:4000px'>" before the answer, under a visible "Thanks, Gina").
TALL_PX = 600.0
_VERTICAL = frozenset({"margin-top", "margin-bottom", "padding-top", "padding-bottom", "margin", "padding",
                       "height", "min-height", "line-height", "top", "margin-block", "margin-block-start",
                       "margin-block-end", "padding-block", "padding-block-start", "padding-block-end",
                       "block-size", "min-block-size", "border-top-width", "border-bottom-width"})
_FONT_PX = 16.0


def vertical_space(style: Style, attrs: dict[str, str]) -> float:
    """The most vertical space, in CSS pixels, the element's style or height attribute puts in the page."""
    most = 0.0
    for name, d in style.items():
        if name not in _VERTICAL:
            continue
        if name == "line-height" and len(d.tokens) == 1 and d.tokens[0].type == "number":
            most = max(most, float(d.tokens[0].value) * _FONT_PX)
            continue
        most = max(most, *css.numbers(d.tokens), 0.0)
    height = attrs.get("height", "").strip().removesuffix("px")
    if height.isdigit():
        most = max(most, float(height))
    return most


# What makes a box wider than its text: its width (also under its logical name), its least width, and a negative
# margin on its right, which widens it that far (a float moved right by "margin-right:-9999px").
_WIDENING = frozenset({"width", "min-width", "inline-size", "min-inline-size"})
_RIGHT_MARGINS = frozenset({"margin-right", "margin-inline-end"})


def horizontal_extent(style: Style, attrs: dict[str, str]) -> float:
    """The widest its style or width attribute makes the element's box, in CSS pixels: a box wider than any reader's
    pane (FAR_RIGHT_PX) puts text right-aligned in it, or in the next cell of its row, past the pane's right edge."""
    most = 0.0
    for name, d in style.items():
        if name in _WIDENING:
            most = max(most, *css.numbers(d.tokens), 0.0)
        elif name in _RIGHT_MARGINS:
            most = max(most, *(-v for v in css.numbers(d.tokens)), 0.0)
    width = attrs.get("width", "").strip().removesuffix("px")
    if width.isdigit():
        most = max(most, float(width))
    return most


_DEGREES = {"deg": 1.0, "grad": 0.9, "rad": 57.29578, "turn": 360.0}


def _mirrored_or_turned(d: Declaration) -> bool:
    if d.name == "scale":  # the individual property: "scale: -1 1" mirrors as "transform: scaleX(-1)" does
        return any(v < 0 for v in css.numbers(d.tokens)[:2])
    for name, _, args in css.functions(d.tokens):
        raw = [float(t.value) for t in args if t.type == "number"]
        if name in ("scale", "scalex", "scaley", "matrix") and any(v < 0 for v in raw[:2 if name != "matrix" else 4]):
            return True
        if name == "rotate":
            for t in args:
                if t.type == "dimension" and t.lower_unit in _DEGREES:
                    angle = abs(float(t.value) * _DEGREES[t.lower_unit]) % 360
                    if 90 <= angle <= 270:
                        return True
    return False


# Font sizes relative to the parent's, per unit or keyword (CSS Fonts: "smaller" is about 0.83).
_RELATIVE_SIZE = {"em": 1.0, "%": 0.01}
_SMALLER = 0.83
# In font-size, units of the font are the parent's: "0.5ex" in a 4 px font is a pixel (x-height about half an em,
# cap height 0.7, a line 1.2; red-team variant of issue 10 item 11).
_OF_THE_PARENTS_FONT = {"em": 1.0, "ex": 0.5, "ch": 0.5, "cap": 0.7, "ic": 1.0, "lh": 1.2}
# The root's font size where nothing sets it, the reader's default.
ROOT_FONT_PX = 16.0
# In any property, units of the root's font: "font-size: 1rem" under ":root{font-size:0}" is no size at all.
_OF_THE_ROOTS_FONT = frozenset({"rem", "rex", "rch", "rcap", "ric", "rlh"})
_FONT_KEYWORDS = {"xx-small": 9.0, "x-small": 10.0, "small": 13.0, "medium": 16.0, "large": 18.0, "x-large": 24.0,
                  "xx-large": 32.0, "xxx-large": 48.0}


def font_px(style: Style, parent_px: float, root_px: float = ROOT_FONT_PX) -> float:
    """The element's font size in CSS pixels, given its parent's and the root's: relative sizes multiply down the
    tree, so "font-size: 0.3em" inside "font-size: 0.3em" is 1.4 px (issue 10 item 11, red-team variant)."""
    d = style.get("font-size")
    tokens = d.tokens if d is not None else ()
    if d is None and "font" in style:
        # "font: 0/0 a": the size is the first length, a bare 0 too, before any "/".
        tokens = tuple(t for t in style["font"].tokens if t.type in ("dimension", "percentage")
                       or (t.type == "number" and t.value == 0))[:1]
    if not tokens:
        return parent_px
    token = tokens[0]
    if token.type == "percentage":
        return parent_px * float(token.value) * _RELATIVE_SIZE["%"]
    if token.type == "dimension" and token.lower_unit in _OF_THE_PARENTS_FONT:
        return parent_px * float(token.value) * _OF_THE_PARENTS_FONT[token.lower_unit]
    if token.type == "ident":
        if token.lower_value == "smaller":
            return parent_px * _SMALLER
        return _FONT_KEYWORDS.get(token.lower_value, parent_px)
    px = css.length_px(token)
    if px is not None and token.type == "dimension" and token.lower_unit in _OF_THE_ROOTS_FONT:
        px *= root_px / ROOT_FONT_PX
    return parent_px if px is None else px


def scale(style: Style) -> float:
    """How much the element's zoom and scaling shrink what it draws (1 when they do not): "zoom:0.1" draws a 16 px
    font at 1.6 px, and scales multiply down the tree as opacities do ("scale(0.2)" in "scale(0.2)" is 0.04; issue
    10 item 11, red-team variant). A scale on one axis only shrinks the letters as much as that axis."""
    factor = 1.0
    d = style.get("zoom")
    if d is not None and d.tokens:
        token = d.tokens[0]
        if token.type == "number" and float(token.value) > 0:
            factor *= float(token.value)
        elif token.type == "percentage" and float(token.value) > 0:
            factor *= float(token.value) / 100
    d = style.get("scale")
    if d is not None:
        values = [abs(float(t.value) / (100 if t.type == "percentage" else 1)) for t in d.tokens
                  if t.type in ("number", "percentage")]
        factor *= min(values, default=1.0)
    d = style.get("transform")
    if d is not None:
        for name, _, args in css.functions(d.tokens):
            raw = [abs(float(t.value) / (100 if t.type == "percentage" else 1)) for t in args
                   if t.type in ("number", "percentage")]
            if name in ("scale", "scalex", "scaley", "scale3d") and raw:
                factor *= min(raw[:2])
    return factor


def opacity(style: Style) -> float:
    """The element's own opacity (1 when it sets none)."""
    d = style.get("opacity")
    if d is None or len(d.tokens) != 1:
        return 1.0
    token = d.tokens[0]
    if token.type == "percentage":
        return max(0.0, min(1.0, float(token.value) / 100))
    return max(0.0, min(1.0, float(token.value))) if token.type == "number" else 1.0


def _drawn(tokens: Iterable[tinycss2.ast.Node]) -> bool:
    pending = list(tokens)  # a list, not recursion: functions may nest as deep as the value is long
    while pending:
        token = pending.pop()
        if token.type == "function":
            if token.lower_name in _DRAWN:
                return True
            pending.extend(token.arguments)
    return False


def _hides_alone(d: Declaration) -> bool:
    """Whether one of the HIDING checks says ``d`` hides, worked out once per declaration."""
    if d.hides_alone is None:
        d.hides_alone = any(check(d) for check in HIDING)
    return d.hides_alone


def _overflow_hidden_in_tiny_box(style: Style) -> bool:
    """The "screen-reader only" box: overflow hidden in a box of a pixel or two, or a zero line."""
    if "overflow" not in style or style["overflow"].value not in ("hidden", "clip"):
        return False
    indent = style.get("text-indent")
    white_space = style.get("white-space")
    if (indent is not None and white_space is not None and white_space.value in ("nowrap", "pre")
            and any(t.type == "percentage" and float(t.value) >= 100 for t in indent.tokens)):
        # The image-replacement trick: a line that never wraps, indented by its box's whole width, is drawn past the
        # box's right edge and clipped (issue 10 item 11, red-team variant).
        return True
    for name in ("width", "height", "max-width", "max-height", "inline-size", "block-size", "max-inline-size",
                 "max-block-size", "line-height"):
        if name in style and style[name].tokens:
            px = css.length_px(style[name].tokens[0])
            if px is not None and px <= 2:
                return True
            if name == "line-height" and style[name].tokens[0].type == "number" and style[name].tokens[0].value == 0:
                return True
    return False


def hides(tag: str, attrs: dict[str, str], style: Style, hide_only: list[Declaration]) -> bool:
    """True when the element and everything in it is invisible, whatever its colours."""
    return hides_by_attributes(tag, attrs) or hides_by_style(style, hide_only)


def attribute_doubt(tag: str, attrs: dict[str, str], sheet_fonts: set[str], style: Style) -> str:
    """Why whether a reader sees the element's text cannot be worked out from its attributes or the fonts the
    message brings, or ""."""
    if attrs.get("background", "").strip():  # <table background="dark.png">
        return "its text is drawn on a picture, against which its colour is not worked out"
    if sheet_fonts:
        for name in ("font-family", "font"):
            if name in style and any(family in style[name].value for family in sheet_fonts):
                return "its text is drawn in a font the message brings itself (@font-face), which may draw nothing"
    return ""


def hides_by_attributes(tag: str, attrs: dict[str, str]) -> bool:
    # A popover is display:none until script shows it (never, in mail); <bdo dir=rtl> draws its letters right
    # to left ("I use" reads "esu I"). "aria-hidden" hides nothing from sight, only from a screen reader: its
    # text is drawn, so it is read (what a reader sees must not be lost; issue 10 item 11).
    return ("hidden" in attrs or tag == "input" or "popover" in attrs
            or (tag == "bdo" and attrs.get("dir", "").strip().lower() == "rtl"))


def hides_by_style(style: Style, hide_only: list[Declaration]) -> bool:
    if any(_hides_alone(d) for d in (*style.values(), *hide_only)):
        return True
    return _overflow_hidden_in_tiny_box(style) or _drawn_backwards(style)


def _drawn_backwards(style: Style) -> bool:
    """"unicode-bidi: bidi-override; direction: rtl": every letter drawn right to left, unreadable."""
    bidi, direction = style.get("unicode-bidi"), style.get("direction")
    return (bidi is not None and direction is not None and "override" in bidi.value
            and direction.value.startswith("rtl"))


def covering_box(style: Style) -> str:
    """Why an element may paint over text around it, or "": a box taken out of the flow (position absolute or
    fixed) with a background of its own, drawn on top of what it overlaps (issue 10 item 11, red-team variant:
    an empty '<div style="position:absolute;inset:0;background:#fff">' laid over the answer). Where it lands is
    known only when the page is drawn."""
    for name in ("outline", "outline-width", "box-shadow", "-webkit-box-shadow"):
        # An outline takes no room and is painted after the text around it (CSS 2.1 Appendix E): one as wide as
        # a screen covers the answer next to an element holding "Thanks" (issue 10 item 11, red-team variant:
        # "outline: 9999px solid #fff"). So does a shadow spread or blurred that far ("box-shadow: 0 0 0 9999px
        # #fff" on a positioned box, painted over what follows it: red-team variant). A focus ring, a frame or a
        # card's shadow is a few pixels. Its own lengths only, not a colour's numbers ("rgb(0 0 255)").
        widths = [px for t in style[name].tokens if t.type == "dimension"
                  and (px := css.length_px(t)) is not None] if name in style else []
        if any(abs(px) >= WIDE_OUTLINE_PX for px in widths):
            what = "an outline" if "outline" in name else "a shadow"
            return f"its style draws {what} of {max(map(abs, widths)):,.0f} px, which may cover the text around it"
    position = style.get("position")
    if position is None or position.value not in ("absolute", "fixed"):
        return ""
    for name in ("background-color", "background"):
        if name in style:
            d = style[name]
            painted = [c for t in d.tokens if (c := css.color((t,))) is not None]
            if any(c[3] > 0 for c in painted) or any(
                    f == "url" or f.endswith("gradient") for f, _, _ in css.functions(d.tokens)):
                return f"its style places a box with a background ({position.value}) that may cover the text"
    return ""


def background(style: Style, attrs: dict[str, str], below: Rgba, text: Rgba | None = None) -> Rgba:
    """The element's painted background, composited over its parent's. ``text``: the element's text colour (None:
    the reader's default), which "currentcolor" paints the background in: the text drawn on itself (issue 10 item
    11, red-team variant: "color:#333; background-color:currentColor")."""
    found = None
    if "background-color" in style:
        found = _painted(style["background-color"].tokens, text)
    elif "background" in style:
        found = next((c for t in style["background"].tokens if (c := _painted((t,), text)) is not None), None)
    elif attrs.get("bgcolor"):
        found = css.color(_legacy_color(attrs["bgcolor"]))
    return below if found is None else css.over(found, below)


def _painted(tokens: tuple[tinycss2.ast.Node, ...], text: Rgba | None) -> Rgba | None:
    if len(tokens) == 1 and tokens[0].type == "ident" and tokens[0].lower_value == "currentcolor":
        return text or CANVAS_TEXT
    return css.color(tokens)


_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_NOT_NAMED = frozenset({"transparent", "currentcolor", "inherit", "initial", "unset", "revert"})


def _legacy_color(value: str) -> str:
    """A colour attribute as browsers read it (HTML's "rules for parsing a legacy colour value"): a named colour,
    "#rgb", else every character that is no hex digit read as "0" and the digits split in three: "ffffff" without
    its "#" is #ffffff, and "fffffg" is #fffff0, near white, not an unreadable value left to the reader's default
    (issue 10 item 11, red-team variant: <font color> near white spelt with a stray letter)."""
    value = value.strip(" \t\n\f\r")
    if not value or value.lower() in _NOT_NAMED:
        return ""
    if value.isascii() and value.isalpha() and css.color(value) is not None:
        return value
    if len(value) == 4 and value[0] == "#" and all(c in _HEX_DIGITS for c in value[1:]):
        return value
    digits = "".join("00" if ord(c) > 0xFFFF else c for c in value)[:128].removeprefix("#")
    digits = "".join(c if c in _HEX_DIGITS else "0" for c in digits)
    digits += "0" * (-len(digits) % 3 if digits else 3)
    size = len(digits) // 3
    parts = [digits[i * size:(i + 1) * size][-8:] for i in range(3)]
    while len(parts[0]) > 2 and all(p[0] == "0" for p in parts):
        parts = [p[1:] for p in parts]
    return "#" + "".join(p[:2].rjust(2, "0") for p in parts)


def link_color(body_attrs: list[tuple[str, str | None]]) -> css.Rgba:
    """The colour a link's text is painted in where nothing styles it: the link blue, or the legacy colour the page's
    <body link="..."> gives it (issue 10 item 11, red-team variant: '<body link="#ffffff">' painted the answer,
    written as a link, white on white, read as blue). A link the reader has not visited: the candidate's own."""
    for name, value in body_attrs:
        if name == "link" and value and (found := css.color(_legacy_color(value))) is not None:
            return found
    return LINK_TEXT


def sets_text_color(style: Style, attrs: dict[str, str]) -> bool:
    """Whether the element's own style or attributes give its text a colour."""
    return "color" in style or "-webkit-text-fill-color" in style or bool(attrs.get("color"))


def text_color(style: Style, attrs: dict[str, str], inherited: Rgba | None) -> Rgba | None:
    """The colour the element's text is painted in (WebKit's text-fill-color wins over color)."""
    for name in ("-webkit-text-fill-color", "color"):
        if name in style:
            if style[name].value == "initial":
                return CANVAS_TEXT  # not the parent's colour: "color:initial" on a dark box (red team)
            found = css.color(style[name].tokens)
            if found is not None:
                return found
    if attrs.get("color"):  # <font color="...">
        return css.color(_legacy_color(attrs["color"])) or inherited
    if attrs.get("text"):  # <body text="#ffffff">: the legacy text colour of the whole page
        return css.color(_legacy_color(attrs["text"])) or inherited
    return inherited


def unreadable(color: Rgba | None, below: Rgba) -> bool:
    """Text in ``color`` on the opaque ``below`` that no reader can make out (white on white, alpha 0...)."""
    if color is None:
        return False  # the reader's default text colour
    return css.contrast(css.over(color, below), below) < MIN_CONTRAST


def hide_only_colors(hide_only: list[Declaration], below: Rgba) -> bool:
    """A rule whose ancestors were not checked may still hide by colour."""
    return any(d.name in ("color", "-webkit-text-fill-color") and unreadable(css.color(d.tokens), below)
               for d in hide_only)
