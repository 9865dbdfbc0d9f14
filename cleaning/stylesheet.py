"""What a page's own `<style>` blocks hide: spam set in a class or id the
page's stylesheet hides (`<style>.a1{display:none}</style><div class="a1">`).

Only what can be read without a CSS engine: rules whose selector is one
compound of classes and ids (`.a1`, `#x`, `div.a1`, `.tab.on`), or one under
an ancestor's class or id (`.gloss .gloss-pop`, a glossary's pop-up inside
its term; or the page root's: `.mode-text .page-wrap`, `body.reader
.toolbar`, the state a script set on it when the page was saved); outside any
`@media` or other at-rule (a print or phone layout hides what the screen
shows) but a plain `@media screen` or `@media all`, which every screen
reads (a print-only copy of the text hidden there). A more specific rule that shows the element again
(`.tab{display:none} .tab.on{display:block}`) wins, as in a browser.
External stylesheets are not fetched: cleaning reads the page alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_AT_RULE = re.compile(r"@[\w-]+[^{;]*")
_EVERY_SCREEN = re.compile(r"@media\s+(?:only\s+)?(?:screen|all)", re.IGNORECASE)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
# One compound selector of a tag (ignored) and classes or ids, nothing else.
_COMPOUND = re.compile(r"^[a-zA-Z][\w-]*|^\*")
_SIMPLE = re.compile(r"[.#][\w-]+")
_SHOWS = re.compile(r"(?<![-\w])(?:display\s*:\s*(?!none)[a-z-]+|visibility\s*:\s*visible)", re.IGNORECASE)


def _without_at_rules(css: str) -> str:
    """The stylesheet with every at-rule left out, whatever it nests, except
    that the rules inside a plain `@media screen` (or `all`) are kept."""
    out, position = [], 0
    for match in _AT_RULE.finditer(css):
        if match.start() < position:
            continue
        out.append(css[position:match.start()])
        end = match.end()
        if end < len(css) and css[end] == "{":
            depth, end = 1, end + 1
            while end < len(css) and depth:
                depth += {"{": 1, "}": -1}.get(css[end], 0)
                end += 1
            if _EVERY_SCREEN.fullmatch(match.group().strip()):
                out.append(" " + _without_at_rules(css[match.end() + 1:end - 1]) + " ")
        elif end < len(css):
            end += 1   # `@import …;`
        position = end
    out.append(css[position:])
    return "".join(out)


def _descendant(selector: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """(the ancestor's classes and ids, the element's) of a two-compound
    descendant selector (`.a .b`, `html.a #b`, `.gloss .gloss-pop`), or None
    for any other."""
    pieces = selector.split()
    if len(pieces) != 2 or any(mark in selector for mark in ">+~:["):
        return None
    ancestor, element = pieces
    keys, own_keys = _compound(ancestor), _compound(element)
    if keys is None or own_keys is None:
        return None
    return keys, own_keys


def _compound(selector: str) -> frozenset[str] | None:
    """The classes and ids (`.a`, `#b`) of a one-compound selector, or None for any other."""
    rest = _COMPOUND.sub("", selector.strip(), count=1)
    keys = _SIMPLE.findall(rest)
    if not keys or "".join(keys) != rest:
        return None
    return frozenset(keys)


def element_keys(attrib) -> frozenset[str]:
    """An element's classes and id as selectors name them (`.a`, `#b`)."""
    keys = {"." + name for name in attrib.get("class", "").split()}
    if attrib.get("id"):
        keys.add("#" + attrib["id"].strip())
    return frozenset(keys)


# A display that sets an element out as a block of its own.
_BLOCK_DISPLAY = re.compile(r"display\s*:\s*(?:block|flex|grid|list-item|table)\b", re.IGNORECASE)
# A custom element's name (a hyphen in it), last in a selector (bx-doc > bx-p[align]).
_CUSTOM_ELEMENT = re.compile(r"(?:^|[\s>+~])([a-z][a-z0-9]*-[a-z0-9-]*)[^\s>+~]*$", re.IGNORECASE)


def block_custom_elements(css: str) -> set[str]:
    """The custom elements (bx-p, app-paragraph) a `<style>` sets out as blocks:
    a browser knows them as inline until the page's stylesheet says otherwise."""
    names = set()
    for selectors, declarations in _RULE.findall(_without_at_rules(_COMMENT.sub("", css))):
        if "-" in selectors and _BLOCK_DISPLAY.search(declarations):
            for selector in selectors.split(","):
                custom = _CUSTOM_ELEMENT.search(selector.strip())
                if custom:
                    names.add(custom.group(1).lower())
    return names


@dataclass
class HidingRules:
    """The page's rules that hide elements by class or id, and those that show them again."""

    hiding: dict[frozenset[str], str] = field(default_factory=dict)   # selector -> why
    showing: list[frozenset[str]] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)   # every class and id a hiding rule names
    # Rules hiding an element under an ancestor's class or id (the root's, or
    # a box's: `.gloss .gloss-pop`): (ancestor's keys, element's keys) -> why.
    under_ancestor: dict[tuple[frozenset[str], frozenset[str]], str] = field(default_factory=dict)
    ancestor_keys: set[str] = field(default_factory=set)   # every class and id such a rule's ancestor names

    def add(self, css: str, why_hidden: Callable[[str], str | None]) -> None:
        """Read one `<style>` block: `why_hidden(declarations)` says why a rule hides, or None."""
        for selectors, declarations in _RULE.findall(_without_at_rules(_COMMENT.sub("", css))):
            why = why_hidden(declarations)
            shows = why is None and _SHOWS.search(declarations)
            if not why and not shows:
                continue
            for selector in selectors.split(","):
                compound = _compound(selector)
                if compound is None:
                    nested = _descendant(selector) if why else None
                    if nested is not None:
                        self.under_ancestor[nested] = why
                        self.keys |= nested[1]
                        self.ancestor_keys |= nested[0]
                    continue
                if why:
                    self.hiding[compound] = why
                    self.keys |= compound
                else:
                    self.showing.append(compound)

    def reason(self, attrib, ancestor_keys: frozenset[str] = frozenset()) -> str | None:
        """Why the rules hide an element with these attributes, or None
        (`ancestor_keys`: the classes and ids of the elements it lies in)."""
        keys = element_keys(attrib)
        if not keys & self.keys:
            return None
        found = [(len(compound), why) for compound, why in self.hiding.items() if compound <= keys]
        found += [(len(ancestor) + len(compound), why) for (ancestor, compound), why in self.under_ancestor.items()
                  if compound <= keys and ancestor <= ancestor_keys]
        if not found:
            return None
        weight, why = max(found)
        if any(len(compound) > weight and compound <= keys for compound in self.showing):
            return None
        return why
