"""The CSS of an HTML mail, read with tinycss2 (comments, escapes and every colour syntax as a browser
reads them), reduced to what decides whether a reader can see a piece of text.

``StyleSheet`` holds the rules of the message's ``<style>`` blocks; ``Style`` is what one element ends
up with (sheet rules by importance, specificity and order, then its own ``style`` attribute).
Selectors are matched on their last compound (tag, classes, id, attributes); a rule with combinators
(``.a .b``) may only hide, never reveal, because its ancestors are not checked: when in doubt, text
does not count.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import tinycss2
import tinycss2.color4

# Bounds the work a hostile stylesheet can cause (rules are checked for every element).
MAX_STYLE_CHARS = 200_000
MAX_RULES = 300
# Rules read, whether they count or not ("a::before{...}" never hides the element's own text), and the
# longest top-level rule read: style past either goes unread, and the reply to a person (``unchecked``).
MAX_READ_RULES = 1_000
MAX_RULE_CHARS = 8_000
# A pseudo-class's argument, one level of parentheses inside it allowed (":has(:not(.a) > b)").
_ARGUMENT = r"\((?:[^()]|\([^()]*+\))*+\)"
_COMPOUND = re.compile(
    r"^(?P<tag>[a-z][a-z0-9-]*|\*)?(?P<rest>(?:[.#][^\s.#\[:]+|\[[^\]]*\]|::?[a-z-]+(?:" + _ARGUMENT + r")?)*)$"
)
_PART = re.compile(r"[.#][^\s.#\[:]+|\[[^\]]*\]|::?[a-z-]+(?:" + _ARGUMENT + r")?")
# An attribute test: its name, its operator and value (quoted, or unquoted up to a blank), and its case flag
# ('[data-v=YES i]' is the value "yes" read in any case: the flag was read as part of the value, the rule as
# selecting nothing, and the answer it hid passed; hostile24's red team).
_ATTRIBUTE = re.compile(r"""\[\s*([a-z0-9_:-]+)\s*(?:([~|^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\s"'\]]*))"""
                        r"""\s*(i|s)?)?\s*\]""")
_COMBINATOR = re.compile(r"\s*[>+~]\s*|\s+")
# A namespace prefix on a compound's type ("*|div", "|p", "x|span" after "@namespace x ..."): "*|" matches every
# namespace, a declared one the page's own. Read as no prefix (issue 10 item 11, red team: "*|div{display:none}"
# was a rule never read): a rule read as applying where it would not can only hide more. Not "|=" or "||".
_NAMESPACE_PREFIX = re.compile(r"(^|[\s>+~(,])(?:[a-z_][a-z0-9_-]*+|\*)?\|(?![=|])")
_ATTRIBUTE_TEST = re.compile(r"(\[[^\]]*\])")
# What _compounds keeps whole: an attribute test, and a pseudo-class's argument, whose combinators are its own
# (":has(> b)" selects the element that has a <b> child, not the <b>; hostile24's red team: "div:has(> b)
# {display:none}" was read as hiding the <b>, and the answer in the div passed).
_KEPT_WHOLE = re.compile(r"(\[[^\]]*\]|" + _ARGUMENT + ")")
# What a selector's specificity counts besides ids: classes, attributes and pseudo-classes; type selectors.
_OTHERS = re.compile(r"\.|\[|(?<!:):(?!:)")
_TAGS = re.compile(r"(?:^|[\s>+~])[a-z]")
# At-rules whose block holds rules that apply when a condition holds (some reader's screen matches it).
_GROUPING_RULES = frozenset({"media", "supports", "document", "layer", "container"})
# "@import" (or an at-keyword written with an escape, "@\69mport"): rules from elsewhere, never read here. They may
# hide any of the text (issue 10, red team: ".a{display:none}" in the imported sheet), so a person decides.
_IMPORT = re.compile(r"@(?:import|\\)", re.IGNORECASE)
# At-rules whose block holds no rules for the page's elements (a font, keyframes, a printed page...). Any other
# at-rule with a block is read as a grouping rule: its rules may apply for some reader ("@scope (body) {.a {display:
# none}}", "@starting-style"), so they may hide, never reveal (issue 10, red team: such rules were skipped).
_NOT_GROUPING = frozenset({"font-face", "keyframes", "-webkit-keyframes", "-moz-keyframes", "-o-keyframes", "page",
                           "counter-style", "property", "font-feature-values", "font-palette-values", "viewport",
                           "-ms-viewport", "position-try", "view-transition", "namespace", "charset", "import"})
# Pseudo-classes of a passing state: a reader who never hovers sees the element without them.
_STATE = frozenset({"hover", "focus", "active", "visited", "focus-within", "focus-visible", "target"})
# Pseudo-elements a reader sees at rest: generated text before or after an element or as a list item's
# marker, and an element's first line or letter drawn in a style of their own. What their rules show or hide is
# not the element's own text, so they are kept apart (StyleSheet.pseudo_rules) and only ever make doubt
# (issue 10 item 11, red-team variant). CSS 2 wrote the first four with one colon.
_SHOWN_PSEUDO = frozenset({"before", "after", "marker", "first-line", "first-letter"})
_ONE_COLON_PSEUDO = frozenset({"before", "after", "first-line", "first-letter"})


class Declaration:
    """One ``name: value [!important]``. ``value`` is serialised, lower-cased, comments removed, escapes
    resolved, when first asked for: only a few properties are ever compared as text (display, visibility,
    mso-hide, overflow), and a template's padding and font-family rules never are."""

    __slots__ = ("_value", "hides_alone", "important", "name", "tokens")

    def __init__(self, name: str, tokens: tuple[tinycss2.ast.Node, ...], important: bool) -> None:
        self.name = name
        self.tokens = tokens
        self.important = important
        self._value: str | None = None
        # Whether it hides text by itself (visibility.HIDING), worked out when first asked: a rule's
        # declarations and a repeated style attribute's are shared by every element they apply to.
        self.hides_alone: bool | None = None

    @property
    def value(self) -> str:
        if self._value is None:
            self._value = tinycss2.serialize(self.tokens).strip().lower()
        return self._value

    def __repr__(self) -> str:
        return f"Declaration({self.name!r}, {self.value!r}, important={self.important})"


# Style attributes and colours repeat (mail clients write the same inline style on every element, and
# so does a hostile message of 40,000 styled elements): each distinct one is read once per process.
_REMEMBERED = 4096


def declarations(text: str) -> list[Declaration]:
    """The declarations of a ``style`` attribute or a rule's block, as a browser would read them."""
    return list(_declarations(text))


@lru_cache(maxsize=_REMEMBERED)
def _declarations(text: str) -> tuple[Declaration, ...]:
    return _read_declarations(text)


def _block_declarations(content: list[tinycss2.ast.Node]) -> tuple[Declaration, ...]:
    """The declarations of a rule's block, read from the tokens the stylesheet was parsed into (serialising
    the block and tokenising it again, as before, read every rule twice)."""
    return _read_declarations(content)


def _read_declarations(source: str | list[tinycss2.ast.Node]) -> tuple[Declaration, ...]:
    out = []
    for node in tinycss2.parse_declaration_list(source, skip_comments=True, skip_whitespace=True):
        if node.type == "declaration":
            tokens = tuple(t for t in node.value if t.type not in ("whitespace", "comment"))
            if node.lower_name in _KEYWORDS_ONLY and not _valid_keywords(node.lower_name, tokens):
                continue  # a browser drops it, and an earlier "display: none" stands
            out.append(Declaration(node.lower_name, tokens, node.important))
    return tuple(out)


# A value a browser does not understand drops its declaration, so an earlier one stands: "display: none;
# display: block block block" is display:none (issue 10 item 11, red-team variant: the invalid later value was
# read as a reveal). Only the keyword-only properties that hide are checked; a function (var(), attr()) is kept,
# for visibility.doubt to send to review.
_WIDE = frozenset({"inherit", "initial", "unset", "revert", "revert-layer"})
_DISPLAY_ALONE = frozenset({
    "none", "contents", "block", "inline", "inline-block", "flex", "inline-flex", "grid", "inline-grid", "table",
    "inline-table", "table-row-group", "table-header-group", "table-footer-group", "table-row", "table-cell",
    "table-column-group", "table-column", "table-caption", "list-item", "inline-list-item", "flow", "flow-root",
    "run-in", "ruby", "ruby-base", "ruby-text", "ruby-base-container", "ruby-text-container", "math", "compact",
    "marker", "-webkit-box", "-webkit-inline-box", "-moz-box", "-moz-inline-box", "-moz-inline-stack",
    "-webkit-flex", "-webkit-inline-flex", "-ms-flexbox", "-ms-inline-flexbox", "-ms-grid", "-ms-inline-grid",
})
_DISPLAY_PARTS = ({"block", "inline", "run-in"}, {"flow", "flow-root", "table", "flex", "grid", "ruby", "math"},
                  {"list-item"})
_KEYWORDS_ONLY = {"display": _DISPLAY_ALONE, "visibility": frozenset({"visible", "hidden", "collapse"})}


def _valid_keywords(name: str, tokens: tuple[tinycss2.ast.Node, ...]) -> bool:
    if any(t.type == "function" for t in tokens):
        return True
    if not tokens or any(t.type != "ident" for t in tokens):
        return False
    words = [t.lower_value for t in tokens]
    if len(words) == 1:
        return words[0] in _KEYWORDS_ONLY[name] or words[0] in _WIDE
    if name != "display" or len(words) > 3 or len(set(words)) != len(words):
        return False
    groups = [next((i for i, part in enumerate(_DISPLAY_PARTS) if word in part), None) for word in words]
    return None not in groups and len(set(groups)) == len(groups)


@dataclass(frozen=True, slots=True)
class _Selector:
    tag: str | None
    classes: frozenset[str]
    ident: str | None
    attributes: tuple[tuple[str, str, str], ...]
    specificity: tuple[int, int, int]
    hide_only: bool  # has combinators: its ancestors are not checked
    # The pseudo-element the rule styles ("before", "first-line"...), or "" for the element itself.
    pseudo: str = ""

    def matches(self, tag: str, classes: frozenset[str], attrs: dict[str, str]) -> bool:
        if self.tag is not None and self.tag != tag:
            return False
        if self.ident is not None and attrs.get("id", "").lower() != self.ident:
            return False
        if not self.classes <= classes:
            return False
        return all(_attribute_matches(attrs.get(name), op, value) for name, op, value in self.attributes)


def _attribute_matches(actual: str | None, op: str, wanted: str) -> bool:
    if actual is None:
        return False
    actual = actual.lower()
    if op == "=":
        return actual == wanted
    if op == "~=":
        return wanted in actual.split()
    if op in ("^=", "|="):
        return actual.startswith(wanted)
    if op == "$=":
        return actual.endswith(wanted)
    if op == "*=":
        return wanted in actual
    return True


def _compounds(text: str) -> list[str]:
    """The selector's compounds, split at its combinators but never inside an attribute test: the "~" of
    "[class~=q]" and the space of '[title="a b"]' are part of the test."""
    parts = [""]
    for i, piece in enumerate(_KEPT_WHOLE.split(text)):
        if i % 2:  # an attribute test or an argument, kept whole in the compound it belongs to
            parts[-1] += piece
            continue
        pieces = _COMBINATOR.split(piece)
        parts[-1] += pieces[0]
        parts.extend(pieces[1:])
    return [p for p in parts if p]


# A class or id name the selector reader takes whole: none of the characters of the selector grammar in it.
_PLAIN_NAME = re.compile(r"[^\s.#\[\]:,>+~()\"'\\*|=^$!{}@;/]+")


def _selector_source(prelude: list[tinycss2.ast.Node]) -> str | None:
    """A rule's selector list as text, its class and id names written as their values; None when one holds a
    character the selector reader would take for syntax. tinycss2 writes a name back with escapes where CSS needs
    them, and a class that starts with a digit ('.\\31 x' for class "1x") was read as '.\\31' over 'x' (issue 10
    item 11, red-team variant: '.\\31 x{display:none}' hid nothing, the answer in <p class=1x> passed)."""
    text = tinycss2.serialize(prelude)
    if "\\" not in text:
        return text
    out = []
    for token in prelude:
        if token.type in ("ident", "hash") and "\\" in (written := tinycss2.serialize([token])):
            if not _PLAIN_NAME.fullmatch(token.value):
                return None
            written = ("#" if token.type == "hash" else "") + token.value
        else:
            written = tinycss2.serialize([token])
        out.append(written)
    return "".join(out)


_LIST_SYNTAX = re.compile(r"[,()\[\]]")


def _selector_list(text: str) -> list[str]:
    """The selectors of a rule's list, split at its commas, never at one inside parentheses or an attribute test:
    ":is(.a, .bb)" is one selector (hostile24's red team: split there, ":is(.a" and ".bb)" selected nothing, and
    the answer the rule hid passed)."""
    if "(" not in text and "[" not in text:
        return text.split(",")
    out: list[str] = []
    depth = start = 0
    for found in _LIST_SYNTAX.finditer(text):
        sign = found.group()
        if sign in "([":
            depth += 1
        elif sign in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(text[start : found.start()])
            start = found.end()
    out.append(text[start:])
    return out


@lru_cache(maxsize=_REMEMBERED)
def _selector(text: str) -> _Selector | None:
    """The last compound of a selector, or None when it never selects the element's own text at rest. Remembered
    by text: a hostile list repeats one selector thousands of times, a template its classes."""
    text = text.strip().lower()
    if "|" in text:
        text = _NAMESPACE_PREFIX.sub(r"\1", text)
    parts = _compounds(text)
    if not parts:
        return None
    match = _COMPOUND.match(parts[-1])
    if match is None:
        return None
    classes, ident, attributes = set(), None, []
    pseudo = ""
    tag = match.group("tag")
    unchecked = False
    for part in _PART.findall(match.group("rest")):
        if part.startswith(":"):
            name = part.lstrip(":").split("(")[0]
            if pseudo or name in _STATE:
                return None  # a passing state, or a pseudo-element's own state: not what is seen at rest
            if name in _SHOWN_PSEUDO and (part.startswith("::") or name in _ONE_COLON_PSEUDO):
                pseudo = name
                continue
            if part.startswith("::"):
                return None  # ::selection, ::placeholder...: nothing of the reply at rest
            if name in ("root", "scope") and tag in (None, "*", "html"):
                tag = "html"  # the document's root element, always there (html.py opens it)
                continue
            # Any other pseudo-class (":nth-child(9)", ":not(.x)", ":first-child", ":is(...)") is not checked here:
            # like a selector with combinators, its rule may only hide, never reveal. Read as matching every
            # element, ":nth-child(9){color:#000}" painted black an answer a browser paints in its parent's white
            # (issue 10 item 11, red-team variant).
            unchecked = True
        if part.startswith("."):
            classes.add(part[1:])
        elif part.startswith("#"):
            ident = part[1:]
        elif part.startswith("["):
            found = _ATTRIBUTE.match(part)
            if found:
                value = next((v for v in found.group(3, 4, 5) if v is not None), "")
                attributes.append((found.group(1), found.group(2) or "", value.lower()))
    bare = _ATTRIBUTE_TEST.sub("[]", text)  # what an attribute test holds is neither id, class nor tag
    ids = bare.count("#")
    others = len(_OTHERS.findall(bare))
    tags = len(_TAGS.findall(bare))
    return _Selector(None if tag in (None, "*") else tag, frozenset(classes), ident, tuple(attributes),
                     (ids, others, tags), hide_only=len(parts) > 1 or unchecked, pseudo=pseudo)


@dataclass(frozen=True, slots=True)
class _Rule:
    selector: _Selector
    order: int
    declarations: tuple[Declaration, ...]


Rule = _Rule


@dataclass(slots=True)
class StyleSheet:
    rules: list[_Rule] = field(default_factory=list)
    # Rules by the tag, class or id their last compound needs, so an element checks only its own.
    _by_key: dict[str, list[_Rule]] = field(default_factory=dict)
    # What any selector looks at: an element's match depends on nothing else (see match_key).
    _classes: set[str] = field(default_factory=set)
    _ids: set[str] = field(default_factory=set)
    _attribute_names: list[str] = field(default_factory=list)
    # Rules that may only hide and ask nothing but their key (".a .b", "div p", "#x .y"): every element that
    # reaches the key matches them all, so what they say can be worked out once per key (matching_parts).
    _plain_hide_only: dict[str, list[_Rule]] = field(default_factory=dict)
    # Rules of a pseudo-element (::before, ::first-line...), by the key of the element they belong to: they
    # never style the element's text, they only say it is shown or hidden in ways not worked out here.
    _pseudo_by_key: dict[str, list[_Rule]] = field(default_factory=dict)
    # Why some of the style was never read, or "": a rule past the bounds may hide text that is then
    # read as visible, so such a message goes to a person (issue 10 item 11).
    unchecked: str = ""
    read: int = 0  # rules and at-rules read, counted or not
    # Font families the message brings itself (@font-face with a src): its letters may draw nothing at all.
    font_faces: set[str] = field(default_factory=set)

    @classmethod
    def from_markup(cls, markup: str) -> StyleSheet:
        sheet = cls()
        blocks, cut = _style_blocks(markup)
        if cut:
            sheet.unchecked = f"its style is longer than the {MAX_STYLE_CHARS:,} characters read"
        if any("@" in css and _IMPORT.search(css) for css, _ in blocks):
            sheet.unchecked = "its style imports a style sheet from elsewhere (@import), which is not read"
        try:
            for css, applies in blocks:
                for nodes in _top_level_rules(_flatten_deep_blocks(css)):
                    sheet._add_rules(nodes, nested=not applies or isinstance(nodes, _Grouped))
                    if len(sheet.rules) >= MAX_RULES:
                        sheet.unchecked = f"it has more than the {MAX_RULES} style rules read"
                        return sheet  # the rest is never tokenised
                    if sheet.read >= MAX_READ_RULES:
                        sheet.unchecked = f"its style holds more than the {MAX_READ_RULES:,} rules read"
                        return sheet
        except RecursionError:  # brackets nested thousands deep: the CSS parser recurses once per level
            sheet.unchecked = "its style is nested too deeply to read"
        except _RuleTooLong:
            sheet.unchecked = (f"its style holds a rule longer than the {MAX_RULE_CHARS:,} characters or "
                               f"{MAX_RULES} selectors read")
        return sheet

    def _add_rules(self, nodes: list[tinycss2.ast.Node], nested: bool = False) -> None:
        for node in nodes:
            if len(self.rules) >= MAX_RULES:
                return
            self.read += 1
            if node.type == "at-rule" and node.content is not None and node.lower_at_keyword not in _NOT_GROUPING:
                # Some reader's screen matches the condition, so its hiding rules count; another's does not, so its
                # rules never reveal ("@media (min-width:99999px){.a{display:block!important}}" after ".a{display:
                # none}" shows nothing to anyone; nor does a layer a later-declared layer overrides).
                self._add_rules(tinycss2.parse_rule_list(node.content, skip_comments=True, skip_whitespace=True),
                                nested=True)
            elif node.type == "at-rule" and node.content is not None and node.lower_at_keyword == "font-face":
                face = {d.name: d for d in _block_declarations(node.content)}
                if "src" in face and "font-family" in face:  # Outlook's @font-face names a font, with no src
                    family = face["font-family"].value.strip("'\" ")
                    if family:
                        self.font_faces.add(family)
            elif isinstance(node, _PlainRule):
                self._add_plain_rule(node, nested)
            elif isinstance(node, _PlainGroup):
                self._add_rules(list(node.rules), nested=True)  # a plain @media rule: as above
            elif node.type == "qualified-rule":
                decls = _block_declarations(node.content)
                source = _selector_source(node.prelude)
                if source is None:
                    self.unchecked = self.unchecked or "a selector names a class or id holding characters not read here"
                    continue
                for text in _selector_list(source):
                    if len(self.rules) >= MAX_RULES:  # "a,a,a,...{}" is one rule of many selectors
                        break
                    selector = _selector(text)
                    if selector is not None and decls:
                        if nested:  # CSS nesting: the parent selector is not checked, so it may only hide
                            selector = dataclasses.replace(selector, hide_only=True)
                        self._add(_Rule(selector, len(self.rules), decls))
                if any(t.type == "{} block" for t in node.content):  # a nested rule needs a block of its own
                    inner = tinycss2.parse_blocks_contents(node.content, skip_comments=True, skip_whitespace=True)
                    self._add_rules([n for n in inner if n.type in ("qualified-rule", "at-rule")], nested=True)

    def _add_plain_rule(self, node: _PlainRule, nested: bool) -> None:
        """A rule read without tinycss2's tokeniser (see _PlainRule), kept as the qualified-rule branch above keeps
        the same rule: its block is tokenised only when one of its selectors is kept."""
        decls: tuple[Declaration, ...] | None = None
        for text in _selector_list(node.prelude):
            if len(self.rules) >= MAX_RULES:
                break
            selector = _selector(text)
            if selector is None:
                continue
            if decls is None:
                decls = _declarations(node.block)
            if not decls:
                break
            if nested:
                selector = dataclasses.replace(selector, hide_only=True)
            self._add(_Rule(selector, len(self.rules), decls))

    def _add(self, rule: _Rule) -> None:
        self.rules.append(rule)
        sel = rule.selector
        key = ("#" + sel.ident if sel.ident else "." + min(sel.classes) if sel.classes
               else sel.tag if sel.tag else "*")
        if sel.pseudo:
            self._pseudo_by_key.setdefault(key, []).append(rule)
        plain = not sel.pseudo and sel.hide_only and not sel.attributes and (
            (sel.ident is not None and not sel.classes and sel.tag is None)
            or (sel.ident is None and len(sel.classes) == 1 and sel.tag is None)
            or (sel.ident is None and not sel.classes))
        if not sel.pseudo:
            (self._plain_hide_only if plain else self._by_key).setdefault(key, []).append(rule)
        self._classes |= sel.classes
        if sel.ident:
            self._ids.add(sel.ident)
        self._attribute_names += [name for name, _, _ in sel.attributes if name not in self._attribute_names]

    def match_key(self, tag: str, attrs: dict[str, str]) -> tuple[object, ...]:
        """What ``matching`` depends on: the tag, the classes and id some selector names, the attributes some
        selector tests. Elements of one key match the same rules (a mail's rows repeat their classes)."""
        classes = attrs.get("class")
        ident = attrs.get("id")
        return (tag, frozenset(c for c in classes.lower().split() if c in self._classes) if classes else None,
                ident.lower() if ident is not None and ident.lower() in self._ids else None,
                *(attrs.get(name) for name in self._attribute_names))

    def matching(self, tag: str, attrs: dict[str, str]) -> list[_Rule]:
        """Every rule whose selector's last compound matches, by specificity and order."""
        rules, plain = self.matching_parts(tag, attrs)
        if not plain:
            return rules
        return sorted([*rules, *(r for key in plain for r in self._plain_hide_only[key])],
                      key=lambda r: (r.selector.specificity, r.order))

    def matching_parts(self, tag: str, attrs: dict[str, str]) -> tuple[list[_Rule], list[str]]:
        """(the matching rules but the plain hide-only ones, by specificity and order; the keys whose plain
        hide-only rules all match)."""
        if not self.rules:
            return [], []
        classes = frozenset(attrs.get("class", "").lower().split())
        keys = ["*", tag, *("." + c for c in classes)]
        if "id" in attrs:
            keys.append("#" + attrs["id"].lower())
        found = {id(r): r for key in keys for r in self._by_key.get(key, ()) if r.selector.matches(tag, classes, attrs)}
        return (sorted(found.values(), key=lambda r: (r.selector.specificity, r.order)),
                [key for key in keys if key in self._plain_hide_only])

    def matching_pseudo(self, tag: str, attrs: dict[str, str]) -> list[_Rule]:
        """The pseudo-element rules whose selector's last compound matches the element (ancestors unchecked: these
        rules only ever make doubt, so a match too many costs a review, never a pass)."""
        if not self._pseudo_by_key:
            return []
        classes = frozenset(attrs.get("class", "").lower().split())
        keys = ["*", tag, *("." + c for c in classes)]
        if "id" in attrs:
            keys.append("#" + attrs["id"].lower())
        return [r for key in keys for r in self._pseudo_by_key.get(key, ()) if r.selector.matches(tag, classes, attrs)]

    def plain_hide_only(self, key: str) -> list[_Rule]:
        return self._plain_hide_only[key]


# Mail CSS needs three levels (@media, rule, a nested rule); tinycss2 recurses once per level.
_MAX_BLOCK_DEPTH = 4


def _flatten_deep_blocks(css_text: str) -> str:
    """Braces nested deeper than a stylesheet needs become spaces (what is inside is still read):
    "p{" x 10,000 would make tinycss2 recurse past Python's limit. A "}" that closes nothing becomes a space
    too. Braces in comments, strings and url() are text to tinycss2 and are left alone: counted, a "}" in
    "/*}*/" had made every later rule's closing brace a space, so ".b{display:none}.z{color:red}" after it
    read as one rule whose block held no declaration and hid nothing."""
    pieces: list[str] = []
    depth = done = 0
    for match in _STRUCTURE.finditer(css_text):
        char = match.group()
        if char == "{":
            depth += 1
            drop = depth > _MAX_BLOCK_DEPTH
        elif char == "}":
            drop = depth == 0 or depth > _MAX_BLOCK_DEPTH
            depth = max(depth - 1, 0)
        else:
            continue
        if drop:
            pieces += (css_text[done : match.start()], " ")
            done = match.end()
    return "".join(pieces) + css_text[done:] if pieces else css_text


# Where tinycss2's tokeniser can be told to stop: a comment, a string, an escape, an unquoted url() and the
# brackets; everything else is plain text to this scan. It only proposes cuts: each is checked (below).
_STRUCTURE = re.compile(
    r"""/\*.*?(?:\*/|\Z)"""
    r"""|"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?"""
    r"""|\\[^\n]"""
    r"""|(?<![\w\\#@-])[uU][rR][lL]\([ \t\n]*(?=[^ \t\n"'])(?:[^)\\]|\\.)*\)?"""
    r"""|[{}()\[\]]""",
    re.S,
)
_OPENS = {"{": "}", "(": ")", "[": "]"}
# Rules are tokenised a few kilobytes at a time, so a stylesheet is read only up to its MAX_RULES-th rule.
_CHUNK_CHARS = 1_000
_END = "endorsebot-end-of-chunk"


class _RuleTooLong(Exception):
    """A top-level rule longer than MAX_RULE_CHARS, or of MAX_RULES selectors or more (its commas): it and
    the rest of the style go unread."""


def _top_level_rules(css_text: str) -> Iterator[list[tinycss2.ast.Node]]:
    """The stylesheet's rules, a few at a time, as ``tinycss2.parse_stylesheet`` reads them from the whole text.

    A linear scan proposes cuts just after a ``}`` that closes a top-level block (where every rule, qualified
    or at-rule, ends). Each piece is tokenised followed by a newline and a marker word: the cut is right only
    if the marker comes out as a top-level token right after the piece's last block (a cut inside a
    string, comment, url() or open block would swallow it). A wrong cut only costs speed: the rest of the
    text is then read in one go, as before. A large @media (or @supports...) block is read in pieces the
    same way, so a template that wraps all its rules in one is read only up to the rule cap too.
    """
    if len(css_text) <= _CHUNK_CHARS:  # one piece anyway (a mail of many small <style> blocks)
        if "{" in css_text:
            yield tinycss2.parse_stylesheet(css_text, skip_comments=True, skip_whitespace=True)
        return
    css_text = css_text.replace("\0", "\uFFFD").replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    start = last = 0  # [start, last): whole rules not read yet
    for opening, cut in _blocks(css_text):
        too_long = cut - last > MAX_RULE_CHARS or css_text.count(",", last, opening) >= MAX_RULES
        if too_long and not _opens_grouping_rule(css_text[last:opening]):
            if last > start and (nodes := _piece(css_text[start:last], tinycss2.parse_stylesheet)) is not None:
                yield nodes
            # One selector of 100 KB, or a list of thousands: no mail client writes one, and reading it is costly.
            raise _RuleTooLong
        if cut - opening > _CHUNK_CHARS and _opens_grouping_rule(css_text[last:opening]):
            if last > start:
                nodes = _piece(css_text[start:last], tinycss2.parse_stylesheet)
                if nodes is None:
                    break
                yield nodes
                start = last
            read_to_the_end = yield from _grouped_rules(css_text, opening + 1, cut)
            if read_to_the_end:
                return
            start = last = cut
        elif cut - start < _CHUNK_CHARS:
            last = cut
        else:
            nodes = _piece(css_text[start:cut], tinycss2.parse_stylesheet)
            if nodes is None:
                break
            yield nodes
            start = last = cut
    else:
        if last > start and (nodes := _piece(css_text[start:last], tinycss2.parse_stylesheet)) is not None:
            yield nodes
            start = last
    # Every rule that counts has a {} block: a tail without a "{" (tag soup, a run of junk tokens) holds none.
    if "{" in css_text[start:]:
        if len(css_text) - last > MAX_RULE_CHARS and "}" not in css_text[last:]:
            # One rule left open to the end (never closed, or cut by MAX_STYLE_CHARS inside its block) and longer
            # than a rule may be: too long, as a closed one is, and not worth the tokeniser's reading of it all.
            if last > start and (nodes := _piece(css_text[start:last], tinycss2.parse_stylesheet)) is not None:
                yield nodes
            raise _RuleTooLong
        yield tinycss2.parse_stylesheet(css_text[start:], skip_comments=True, skip_whitespace=True)


class _Grouped(list[tinycss2.ast.Node]):
    """Rules read from inside a large @media (@supports...) block in pieces: they may only hide, as when the
    block is read whole (StyleSheet._add_rules)."""


def _grouped_rules(css_text: str, begin: int, cut: int) -> Generator[list[tinycss2.ast.Node], None, bool]:
    """The rules inside the block that opens at ``begin - 1`` and, as the scan says, closes at ``cut - 1``, as
    ``parse_rule_list`` reads its content. True when the scan was wrong and the rest of the text was read."""
    content = css_text[begin : cut - 1]
    start = 0
    for _, inner_cut in _blocks(content):
        if inner_cut - start >= _CHUNK_CHARS:
            nodes = _piece(content[start:inner_cut], tinycss2.parse_rule_list)
            if nodes is None:
                break
            yield _Grouped(nodes)
            start = inner_cut
    # The rest of the block, checked to close where the scan says it does.
    tokens = tinycss2.parse_component_value_list("{" + css_text[begin + start : cut] + "\n" + _END, skip_comments=True)
    if (len(tokens) == 3 and tokens[0].type == "{} block" and tokens[1].type == "whitespace"
            and tokens[1].value == "\n" and tokens[2].type == "ident" and tokens[2].value == _END):
        yield _Grouped(tinycss2.parse_rule_list(tokens[0].content, skip_comments=True, skip_whitespace=True))
        return False
    tokens = tinycss2.parse_component_value_list("{" + css_text[begin + start :], skip_comments=True)
    yield _Grouped(tinycss2.parse_rule_list(tokens[0].content, skip_comments=True, skip_whitespace=True))
    yield tinycss2.parse_stylesheet(tokens[1:], skip_whitespace=True)
    return True


# A rule of plain selectors (names, classes, ids, pseudo-classes and elements, combinators, commas: no escape,
# number, string, comment, bracket, "@", ";" or "-->") whose block holds no brace, comment, escape or square
# bracket, and only closed strings and unnested parentheses. tinycss2 reads such a rule as one qualified rule
# whose prelude serialises back to this very text (tests/mail/test_plain_rules.py) and whose block ends at
# the first "}": so it is read here, at C speed, without the tokeniser (about a microsecond a character).
_NAME = r"-?[A-Za-z_][A-Za-z0-9_-]*+"
_PRELUDE = rf"(?:{_NAME}|\.{_NAME}|::?{_NAME}|#[A-Za-z0-9_-]++|[*,>+~ \t\n])++"
_BLOCK = (r"""(?:[^{}()\[\]"'\\/]++|/(?!\*)|"[^"\\\n{}]*+"|'[^'\\\n{}]*+'"""
          r"""|\((?:[^(){}\[\]"'\\/]++|/(?!\*))*+\))*+""")
# Possessive throughout: every alternative starts with its own characters.
_PLAIN_RULE = re.compile(rf"[ \t\n]*+(?P<prelude>{_PRELUDE})\{{(?P<block>{_BLOCK})\}}")
# An @media (@supports...) rule of plain rules, its prelude plain words, numbers and unnested parentheses
# (what it says is never read: some reader's screen matches it). tinycss2 reads it as an at-rule whose
# keyword is this one and whose block holds those rules.
_PLAIN_GROUP = re.compile(
    rf"[ \t\n]*+@(?P<keyword>{_NAME})(?:[A-Za-z0-9_ \t\n,:.%-]++|\([A-Za-z0-9_ \t\n,:.%-]*+\))*+"
    rf"\{{(?P<rules>(?:[ \t\n]*+{_PRELUDE}\{{{_BLOCK}\}})*+)[ \t\n]*+\}}"
)
_SPACE_TO_THE_END = re.compile(r"[ \t\n]*\Z")


@dataclass(frozen=True, slots=True)
class _PlainRule:
    """A qualified rule matched by _PLAIN_RULE: its prelude's text and its block's content."""

    prelude: str
    block: str
    type: str = "plain-rule"


@dataclass(frozen=True, slots=True)
class _PlainGroup:
    """A grouping at-rule matched by _PLAIN_GROUP: the plain rules in its block."""

    rules: tuple[_PlainRule, ...]
    type: str = "plain-group"


def _plain_node(text: str, pos: int) -> tuple[_PlainRule | _PlainGroup, int] | None:
    """The plain rule or plain grouping rule that starts at ``pos`` (after spaces), and where it ends."""
    plain = _PLAIN_RULE.match(text, pos)
    if plain is not None:
        return _PlainRule(plain.group("prelude"), plain.group("block")), plain.end()
    group = _PLAIN_GROUP.match(text, pos)
    if group is None or group.group("keyword").lower() not in _GROUPING_RULES:
        return None
    rules, inner, end = [], group.start("rules"), group.end("rules")
    while inner < end:
        rule = _PLAIN_RULE.match(text, inner, end)
        assert rule is not None  # the group matched these very rules
        rules.append(_PlainRule(rule.group("prelude"), rule.group("block")))
        inner = rule.end()
    return _PlainGroup(tuple(rules)), group.end()


def _piece(text: str, parse: Callable[..., list[tinycss2.ast.Node]]) -> list[tinycss2.ast.Node] | None:
    """The rules of ``text`` if it ends just after a block that closes at its top level, else None.

    Plain rules (_PLAIN_RULE) are read without the tokeniser; each run of other rules between them is
    tokenised on its own (each run starts and, once checked, ends where the whole text's tokens would, so
    the nodes are those of the whole text). If a run's check fails, the whole text is read as before."""
    nodes: list[tinycss2.ast.Node | _PlainRule] = []
    pos = run = 0  # [run, pos): rules that are not plain, not read yet
    while pos < len(text) and not _SPACE_TO_THE_END.match(text, pos):
        plain = _plain_node(text, pos)
        if plain is None:
            found = next(_blocks(text[pos:]), None)
            if found is None:
                return _tokenised_piece(text, parse)
            pos += found[1]
            continue
        if run < pos:
            others = _tokenised_piece(text[run:pos], parse)
            if others is None:
                return _tokenised_piece(text, parse)
            nodes += others
        nodes.append(plain[0])
        pos = run = plain[1]
    if run < pos:
        others = _tokenised_piece(text[run:], parse)
        if others is None:
            return _tokenised_piece(text, parse)
        nodes += others
    return nodes


def _tokenised_piece(text: str, parse: Callable[..., list[tinycss2.ast.Node]]) -> list[tinycss2.ast.Node] | None:
    tokens = tinycss2.parse_component_value_list(text + "\n" + _END, skip_comments=True)
    if not (len(tokens) >= 3 and tokens[-1].type == "ident" and tokens[-1].value == _END
            and tokens[-2].type == "whitespace" and tokens[-2].value == "\n" and tokens[-3].type == "{} block"):
        return None
    return parse(tokens[:-2], skip_whitespace=True)


def _opens_grouping_rule(prelude: str) -> bool:
    """Whether ``prelude``, the text before a top-level block, is all of an @media (@supports...) rule's
    prelude: an at-keyword of those, then no ";" or block, nothing left open, nothing broken."""
    if "@" not in prelude:
        return False
    tokens = tinycss2.parse_component_value_list(prelude + "\n" + _END, skip_comments=True)
    if not (len(tokens) >= 2 and tokens[-1].type == "ident" and tokens[-1].value == _END
            and tokens[-2].type == "whitespace" and tokens[-2].value.endswith("\n")):
        return False
    significant = [t for t in tokens[:-2] if t.type != "whitespace"]
    return (bool(significant) and significant[0].type == "at-keyword"
            and significant[0].lower_value in _GROUPING_RULES
            and not any(t.type in ("error", "{} block") or t == ";" for t in significant))


def _blocks(css_text: str) -> Iterator[tuple[int, int]]:
    """(where it opens, just after where it closes) of each block at the text's top level, as far as a scan
    of brackets, comments, strings, escapes and url() can tell."""
    closers: list[str] = []
    opening = 0
    for match in _STRUCTURE.finditer(css_text):
        char = match.group()
        if len(char) != 1:
            continue  # a comment, string, escape or url(): nothing in it counts
        if char in _OPENS:
            if not closers:
                opening = match.start()
            closers.append(_OPENS[char])
        elif closers and char == closers[-1]:
            closers.pop()
            if not closers and char == "}":
                yield opening, match.end()


# Where a "<style" may be no style element at all: in a comment, or in an element whose content a browser reads
# as text or keeps inert (a script, a template, a text area...). Its rules may then only hide, never reveal
# (issue 10 item 11, red-team variant: ".a{display:none}" and, in "<!-- <style>.a{display:block!important}
# </style> -->", a reveal no browser applies). So may those of "<style media=print>" (a condition).
_NOT_MARKUP = re.compile(r"<!--|<(script|template|textarea|title|xmp|iframe|noembed|noframes)[\s/>]|<style")
_BRACKET = re.compile(r"[<>]")
_MEDIA_ATTRIBUTE = re.compile(r"""\smedia\s*=\s*["']?([^"'>]*)""")


def _style_blocks(markup: str) -> tuple[list[tuple[str, bool]], bool]:
    """The contents of every <style> element, each with whether it certainly applies (a style element of the
    document, for every screen), found with plain searches (one pass, no backtracking), and whether style past
    ``MAX_STYLE_CHARS`` was left unread."""
    lower = markup.lower()
    blocks: list[tuple[str, bool]] = []
    pos, total = 0, 0
    inert_until = -1  # the end of the comment or inert element the scan is in, or -1
    # The "<" and ">" before the scan's place, read once in order: a "<style" after a "<" that no ">" has closed
    # is inside a tag, i.e. an attribute's value ('<p title="<style>...">').
    brackets = _BRACKET.finditer(lower)
    last_open = last_close = -1
    pending: re.Match[str] | None = None
    while True:
        found = _NOT_MARKUP.search(lower, pos)
        if found is None:
            return blocks, False
        start = found.start()
        if start >= inert_until:
            inert_until = -1
        if found.group() == "<!--" or found.group(1):
            if inert_until == -1:  # an opener inside a region already found is text: its closer is not looked for
                closer = "-->" if found.group() == "<!--" else "</" + found.group(1)
                end = lower.find(closer, found.end())
                inert_until = len(markup) if end == -1 else end
            pos = found.end()
            continue
        if total >= MAX_STYLE_CHARS:
            return blocks, True
        while True:
            mark = pending or next(brackets, None)
            pending = None
            if mark is None or mark.start() >= start:
                pending = mark
                break
            if mark.group() == "<":
                last_open = mark.start()
            else:
                last_close = mark.start()
        in_a_tag = last_open > last_close
        open_end = lower.find(">", start)
        if open_end == -1:
            return blocks, False
        media = _MEDIA_ATTRIBUTE.search(lower, start, open_end)
        conditional = media is not None and media.group(1).strip() not in ("", "all", "screen")
        end = lower.find("</style", open_end)
        end = len(markup) if end == -1 else end
        blocks.append((markup[open_end + 1 : end][: MAX_STYLE_CHARS - total],
                       inert_until == -1 and not conditional and not in_a_tag))
        total += end - open_end - 1
        if total > MAX_STYLE_CHARS:
            return blocks, True
        pos = end


def cascade(rules: list[_Rule], inline: list[Declaration]) -> tuple[dict[str, Declaration], list[Declaration]]:
    """(the winning declaration per property, declarations that may only hide).

    Order of precedence, lowest first: sheet rules by specificity and order, the style attribute,
    then !important sheet rules, then !important inline ones (CSS Cascade 4, author origin only)."""
    normal: list[Declaration] = []
    important: list[Declaration] = []
    hide_only: list[Declaration] = []
    for rule in rules:
        for decl in rule.declarations:
            if rule.selector.hide_only:
                hide_only.append(decl)
            else:
                (important if decl.important else normal).append(decl)
    winners: dict[str, Declaration] = {}
    for decl in [*normal, *(d for d in inline if not d.important), *important, *(d for d in inline if d.important)]:
        winners[decl.name] = decl
    return winners, hide_only


# ---- values ------------------------------------------------------------------------------------

Rgba = tuple[float, float, float, float]
WHITE: Rgba = (1.0, 1.0, 1.0, 1.0)


def color(value: str | tuple[tinycss2.ast.Node, ...] | None) -> Rgba | None:
    """Any CSS colour (hex, rgb(), rgba(), hsl(), hwb(), named, transparent) as sRGB + alpha; None
    for "inherit", "currentcolor" or anything unreadable."""
    if value is None:
        return None
    try:
        return _color(value)
    except TypeError:
        # A literal token ("!" in "#000 !ie", an old browser hack; "," or "/") cannot be hashed by the cache: the
        # whole message was left unparseable (issue 10 item 11, red-team variant). Remembered by its text instead.
        return _color(tinycss2.serialize(value))


@lru_cache(maxsize=_REMEMBERED)
def _color(value: str | tuple[tinycss2.ast.Node, ...]) -> Rgba | None:
    # A tuple of tokens is remembered by the tokens themselves: those of a remembered declaration.
    tokens = tinycss2.parse_component_value_list(value) if isinstance(value, str) else list(value)
    tokens = [t for t in tokens if t.type not in ("whitespace", "comment")]
    if len(tokens) != 1:
        return None
    parsed = tinycss2.color4.parse_color(tokens[0])
    if parsed is None or isinstance(parsed, str):
        return None
    try:
        srgb = parsed.to("srgb")
    except (NotImplementedError, ValueError):
        return None
    r, g, b = (min(max(c, 0.0), 1.0) for c in srgb.coordinates)
    return r, g, b, float(parsed.alpha)


def contrast(a: Rgba, b: Rgba) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1 = the same, 21 = black on white)."""

    def luminance(c: Rgba) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2])

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def over(top: Rgba, below: Rgba) -> Rgba:
    """``top`` painted over opaque ``below`` (alpha compositing)."""
    alpha = top[3]
    return (top[0] * alpha + below[0] * (1 - alpha), top[1] * alpha + below[1] * (1 - alpha),
            top[2] * alpha + below[2] * (1 - alpha), 1.0)


_PX_PER = {"px": 1.0, "pt": 4 / 3, "pc": 16.0, "in": 96.0, "cm": 96 / 2.54, "mm": 96 / 25.4, "q": 96 / 101.6,
           "em": 16.0, "rem": 16.0, "ex": 8.0, "ch": 8.0, "vw": 12.0, "vh": 8.0, "vmin": 8.0, "vmax": 12.0,
           "%": 0.16,
           # CSS Values 4 and Containment 3 (issue 10 item 11, red-team variant: "font-size:0.1cqw" was no length,
           # so it hid nothing): the font's and the line's units, the root's, the small/large/dynamic and logical
           # viewport units, and container query units (a container is at most the viewport), read as the above.
           "cap": 11.2, "ic": 16.0, "lh": 19.2, "rcap": 11.2, "ric": 16.0, "rlh": 19.2, "rex": 8.0, "rch": 8.0,
           **dict.fromkeys(("vi", "svw", "svi", "lvw", "lvi", "dvw", "dvi", "svmax", "lvmax", "dvmax",
                            "cqw", "cqi", "cqmax"), 12.0),
           **dict.fromkeys(("vb", "svh", "svb", "lvh", "lvb", "dvh", "dvb", "svmin", "lvmin", "dvmin",
                            "cqh", "cqb", "cqmin"), 8.0)}


def length_px(token: tinycss2.ast.Node) -> float | None:
    """A length as CSS pixels (relative units against a 16 px font and a small screen), or None."""
    if token.type == "number" and token.value == 0:
        return 0.0
    if token.type == "dimension":
        scale = _PX_PER.get(token.lower_unit)
        return None if scale is None else float(token.value) * scale
    if token.type == "percentage":
        return float(token.value) * _PX_PER["%"]
    return None


def numbers(tokens: tuple[tinycss2.ast.Node, ...] | list[tinycss2.ast.Node]) -> list[float]:
    """Every number, dimension and percentage among the tokens (and inside functions), in px where a unit says."""
    out: list[float] = []
    for token in tokens:
        if token.type == "function":
            out += numbers([t for t in token.arguments if t.type not in ("whitespace", "comment", "literal")])
        elif token.type == "number":
            out.append(float(token.value))
        elif token.type in ("dimension", "percentage"):
            px = length_px(token)
            if px is not None:
                out.append(px)
    return out


def functions(tokens: tuple[tinycss2.ast.Node, ...]) -> list[tuple[str, list[float], list[tinycss2.ast.Node]]]:
    """(name, numeric arguments, raw arguments) of each function token."""
    out = []
    for token in tokens:
        if token.type == "function":
            args = [t for t in token.arguments if t.type not in ("whitespace", "comment", "literal")]
            out.append((token.lower_name, numbers(args), args))
    return out
