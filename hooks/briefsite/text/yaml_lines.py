"""YAML with line numbers: the one loader of the registry, the taxonomy and front matter.

Input: YAML text. Output: a `Document`, the data (built by PyYAML's safe constructors) and
the composed node tree it came from, so `Document.line("actors", 3, "kind")` gives the
1-based line of that key or item for a message. A text that does not parse raises
`YamlError` with the line PyYAML points at, never a traceback.

Two ways to build scalars, chosen by the caller:
- `scalars="text"` (registry, taxonomy): every scalar stays the text as written (`1.5`,
  `no`, `2021-10-12` are words), and an empty or null scalar (`key:`, `~`) is "".
- `scalars="typed"` (front matter): numbers and lists as YAML reads them, but dates and
  yes/no stay text, so the caller validates them (YAML 1.1 reads `language: no` as false
  and fails on `date: 2021-13-01`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

Scalars = Literal["text", "typed"]
_UNTYPED = ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")


# Safe YAML's implicit types less timestamps and yes/no, set on each typed loader.
_TYPED_RESOLVERS = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _UNTYPED]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class YamlError(Exception):
    """YAML that cannot be read: `line` is 1-based in the text given (0 when unknown);
    `problem` is PyYAML's short reason when it gives one, `detail` its whole message;
    `unreadable` when it parsed but could not be built (a huge number, a deep nesting)."""

    def __init__(self, line: int, problem: str | None, detail: str, unreadable: bool = False) -> None:
        super().__init__(detail)
        self.line = line
        self.problem = problem
        self.detail = detail
        self.unreadable = unreadable


@dataclass(frozen=True, slots=True)
class Document:
    """Loaded YAML: `data` as Python values, `root` the node tree that says where each came from."""

    data: object
    root: Node | None

    def node(self, *path: str | int) -> Node | None:
        """Return the node at `path` (mapping keys and list indexes), or None if absent."""
        node = self.root
        for step in path:
            node = _child(node, step)
            if node is None:
                return None
        return node

    def line(self, *path: str | int) -> int:
        """Return the 1-based line of `path`: of the key for a mapping key, of the item for an
        index, of the document for no path; 0 if there is no such place."""
        if not path:
            return _line(self.root) if self.root is not None else 0
        parent = self.node(*path[:-1])
        last = path[-1]
        if isinstance(parent, MappingNode) and isinstance(last, str):
            key = next((k for k, _ in parent.value if isinstance(k, ScalarNode) and k.value == last), None)
            return _line(key) if key is not None else 0
        node = _child(parent, last)
        return _line(node) if node is not None else 0


def _line(node: Node) -> int:
    return int(node.start_mark.line) + 1


def _child(node: Node | None, step: str | int) -> Node | None:
    if isinstance(node, MappingNode) and isinstance(step, str):
        # The last of repeated keys, as the constructed mapping holds it.
        found = [v for k, v in node.value if isinstance(k, ScalarNode) and k.value == step]
        return found[-1] if found else None
    if isinstance(node, SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
        child: Node = node.value[step]
        return child
    return None


def _as_text(node: Node) -> object:
    """Return the node's value with every scalar kept as the text written, null as ""."""
    if isinstance(node, MappingNode):
        return {str(k.value): _as_text(v) for k, v in node.value if isinstance(k, ScalarNode)}
    if isinstance(node, SequenceNode):
        return [_as_text(item) for item in node.value]
    return "" if node.tag.endswith(":null") else str(node.value)


def load_yaml(text: str, scalars: Scalars) -> Document:
    """Return `text` loaded with its node tree; raise `YamlError` if it is not valid YAML."""
    loader = yaml.SafeLoader(text)
    if scalars == "typed":
        loader.yaml_implicit_resolvers = _TYPED_RESOLVERS  # an instance's own, read by resolve()
    try:
        root = loader.get_single_node()
        if root is None:
            return Document(None, None)
        data = loader.construct_document(root) if scalars == "typed" else _as_text(root)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = int(mark.line) + 1 if mark is not None else 0
        problem = getattr(err, "problem", None)
        raise YamlError(line, str(problem) if problem else None, str(err)) from err
    except (ValueError, RecursionError) as err:  # PyYAML's constructors on extreme input
        raise YamlError(0, None, "it could not be read", unreadable=True) from err
    finally:
        loader.dispose()
    return Document(data, root)
