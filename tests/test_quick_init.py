"""The faster __init__ of the frozen dataclasses made for every message (bot/domain/quick_init.py) makes what the
dataclass's own __init__ makes: the same fields, defaults, default factories, keyword-only parameters,
fields outside __init__ and __post_init__, the same refusals of wrong arguments, and an object as frozen."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
from dataclasses import dataclass, field
from typing import Any

import pytest

import bot
from bot.domain.quick_init import quick_init


def _made_alike(cls: Any, *args: Any, **kwargs: Any) -> Any:
    """``cls(*args, **kwargs)`` made by quick_init's __init__ and by the dataclass's own: equal, or refused alike."""
    own = cls.__init__.__wrapped__
    fast: object | BaseException
    slow: object | BaseException
    try:
        fast = cls(*args, **kwargs)
    except Exception as exc:  # the refusals are compared
        fast = exc
    slow = object.__new__(cls)
    try:
        own(slow, *args, **kwargs)
    except Exception as exc:
        slow = exc
    if isinstance(slow, BaseException):
        assert type(fast) is type(slow), (fast, slow)
        return fast
    assert not isinstance(fast, BaseException), fast
    for f in dataclasses.fields(cls):
        assert hasattr(fast, f.name) == hasattr(slow, f.name), f.name
        if hasattr(slow, f.name):
            assert getattr(fast, f.name) is getattr(slow, f.name) or getattr(fast, f.name) == getattr(slow, f.name)
    return fast


def _every() -> Any:
    """A class with every kind of field quick_init makes (a new one each call)."""

    @dataclass(frozen=True, slots=True)
    class Every:
        a: int
        b: str = "b"
        c: list[int] = field(default_factory=list, compare=False)
        d: int = field(default=4, init=False)
        e: tuple[int, ...] = field(default_factory=tuple, init=False)
        f: int = field(init=False, repr=False, compare=False)
        g: int = field(default=7, kw_only=True)
        h: int = field(kw_only=True, default_factory=lambda: 8)

        def __post_init__(self) -> None:
            object.__setattr__(self, "f", self.a * 2)

    return Every


_SLOW_EVERY = _every()
_FAST_EVERY = quick_init(_every())


def _parameters(function: Any) -> list[tuple[str, Any, Any]]:
    """Each parameter's name, kind and default (quick_init writes no annotations)."""
    signature = inspect.signature(function, follow_wrapped=False)
    return [(p.name, p.kind, p.default) for p in signature.parameters.values()]


@pytest.mark.parametrize(("args", "kwargs"), [
    ((1,), {}), ((1, "x"), {}), ((1, "x", [3]), {}), ((1,), {"g": 0}), ((1,), {"h": 9, "c": [1]}),
    ((), {"a": 2, "b": "y"}), ((), {}), ((1, "x", [3], 4), {}), ((1,), {"d": 1}), ((1,), {"z": 1}),
    ((1,), {"a": 1}),
])
def test_made_as_the_dataclass_makes_it(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    made = _made_alike(_FAST_EVERY, *args, **kwargs)
    try:
        slow = _SLOW_EVERY(*args, **kwargs)
    except TypeError:
        assert isinstance(made, TypeError)
        return
    assert repr(made) == repr(slow)
    assert dataclasses.astuple(made) == dataclasses.astuple(slow)
    assert hash(made) == hash(_FAST_EVERY(*args, **kwargs))
    assert _parameters(_FAST_EVERY.__init__) == _parameters(_SLOW_EVERY.__init__)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.a = 5


def test_a_default_factory_is_called_once_per_object() -> None:
    first, second = _FAST_EVERY(1), _FAST_EVERY(1)
    assert first.c == [] and first.c is not second.c


def test_refuses_what_it_cannot_make_alike() -> None:
    @dataclass(frozen=True)
    class Unslotted:
        a: int

    @dataclass(slots=True)
    class Thawed:
        a: int

    @dataclass(frozen=True, slots=True)
    class WithInitVar:
        a: int
        b: dataclasses.InitVar[int]

        def __post_init__(self, b: int) -> None:
            pass

    for cls in (Unslotted, Thawed, WithInitVar):
        with pytest.raises(TypeError):
            quick_init(cls)


def _decorated() -> list[Any]:
    found: list[Any] = []
    for module in pkgutil.walk_packages(bot.__path__, "bot."):
        if not module.name.startswith(("bot.evaluation", "bot.mail")):
            continue
        for value in vars(importlib.import_module(module.name)).values():
            if (isinstance(value, type) and value.__module__ == module.name and dataclasses.is_dataclass(value)
                    and hasattr(value.__init__, "__wrapped__")):
                found.append(value)
    return found


def test_every_decorated_class_of_the_judge_is_made_alike() -> None:
    classes = _decorated()
    assert len(classes) >= 20
    for cls in classes:
        fields = [f for f in dataclasses.fields(cls) if f.init]
        values = [object() for _ in fields]
        positional = [v for f, v in zip(fields, values, strict=True) if not f.kw_only]
        keyword = {f.name: v for f, v in zip(fields, values, strict=True) if f.kw_only}
        _made_alike(cls, *positional, **keyword)
        required = [f for f in fields if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
                    and not f.kw_only]
        _made_alike(cls, *[object() for _ in required])
        _made_alike(cls)
        assert _parameters(cls.__init__) == _parameters(cls.__init__.__wrapped__)
