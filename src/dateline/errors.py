"""Typed, coded errors. The library raises these; only the CLI turns them into exit codes."""
from __future__ import annotations


class DatelineError(Exception):
    """Base class. `code` is a stable short string used in rejections and CLI messages."""

    code = "DL000"

    def __init__(self, message: str, *, code: str | None = None):
        super().__init__(message)
        if code:
            self.code = code

    def __str__(self) -> str:
        return f"{self.code}: {self.args[0]}"

    def __reduce__(self):
        # Keep the code across processes (worker errors are pickled back to the parent).
        return _restore, (type(self), self.args, self.code)


def _restore(cls: type, args: tuple, code: str) -> DatelineError:
    exc = cls.__new__(cls)
    exc.args = args
    exc.code = code
    return exc


class SettingsError(DatelineError):
    code = "DL100"


class InputError(DatelineError):
    """Input that cannot be read or is not an article (also recorded as a rejection)."""

    code = "DL200"


class PipelineError(DatelineError):
    code = "DL300"


class ResourceError(DatelineError):
    """A heavy resource (spaCy model, gazetteer) is missing or broken."""

    code = "DL400"


class StoreError(DatelineError):
    code = "DL500"


class MissingExtraError(DatelineError):
    """An optional extra ([web], [dask]) is not installed."""

    code = "DL600"

    def __init__(self, extra: str, module: str):
        super().__init__(f"'{module}' is not installed: pip install 'dateline[{extra}]'")
