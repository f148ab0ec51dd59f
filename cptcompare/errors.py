"""Typed errors, each with a code from the CLI's JSON contract and a plain sentence.

The tree::

    CptCompareError                 anything this library raises on purpose
    └── InputError                  a file we cannot analyze; ``code`` goes into the JSON
        ├── NotPdfError             not_pdf          the bytes are not a PDF
        ├── EmptyFileError          empty            zero bytes
        ├── CorruptPdfError         corrupt          damaged beyond reading
        ├── EncryptedPdfError       encrypted        password missing or wrong
        ├── NoTextLayerError        no_text_layer    image-only scan, needs OCR
        ├── TooLargeError           too_large        over the size limit, or too big to read safely
        ├── TooManyPagesError       too_many_pages   over the page limit
        └── ParseTimeoutError       timeout          took longer than the time limit

Messages are written for a practice manager: what is wrong, and what to do about it.
The edges (CLI, app) show ``error.message``; they never show a traceback.
"""

from __future__ import annotations


class CptCompareError(Exception):
    """Base of every error this library raises on purpose."""


class InputError(CptCompareError):
    """A file that cannot be analyzed; carries a JSON error code and a plain sentence."""

    code = "corrupt"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotPdfError(InputError):
    code = "not_pdf"


class EmptyFileError(InputError):
    code = "empty"


class CorruptPdfError(InputError):
    code = "corrupt"


class EncryptedPdfError(InputError):
    code = "encrypted"


class NoTextLayerError(InputError):
    code = "no_text_layer"


class TooLargeError(InputError):
    code = "too_large"


class TooManyPagesError(InputError):
    code = "too_many_pages"


class ParseTimeoutError(InputError):
    code = "timeout"


ERROR_CODES = tuple(
    cls.code
    for cls in (
        NotPdfError,
        EmptyFileError,
        CorruptPdfError,
        EncryptedPdfError,
        NoTextLayerError,
        TooLargeError,
        TooManyPagesError,
        ParseTimeoutError,
    )
)
