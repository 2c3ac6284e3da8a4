"""Fetching an ``http(s)://`` argument of ``communique parse`` (the library itself never
touches the network).

Rules of this module: the standard library only (``urllib``); a time limit on every
connection and read; the body read up to the size limit and refused past it (the limit is
``--max-input-bytes``); at most `MAX_REDIRECTS` redirections, each to ``http`` or
``https`` only; a failure is a `FetchError` whose message says what happened in a
sentence, never a traceback.
"""

from __future__ import annotations

import http.client
import urllib.error
import urllib.parse
import urllib.request
from typing import IO

import attrs

from . import __version__
from .exceptions import CommuniqueError

__all__ = ["MAX_REDIRECTS", "FetchError", "Fetched", "fetch", "is_url"]

#: Redirections followed before giving up.
MAX_REDIRECTS = 5
_SCHEMES = ("http", "https")


class FetchError(CommuniqueError, OSError):
    """An address could not be fetched (refused scheme, HTTP error, too large, too slow)."""


@attrs.frozen
class Fetched:
    """A page's body and what its response said about it."""

    url: str
    data: bytes
    media_type: str | None
    filename: str | None


def is_url(name: str) -> bool:
    """Whether a command-line argument is an address (``scheme://…``) rather than a path."""
    scheme, sep, _ = name.partition("://")
    return bool(sep) and scheme.isascii() and scheme.isalpha() and len(scheme) > 1


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def http_error_302(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
    ) -> IO[bytes] | None:
        location = headers.get("Location") or headers.get("URI")
        if location:
            target = urllib.parse.urljoin(req.full_url, location)
            if urllib.parse.urlsplit(target).scheme.lower() not in _SCHEMES:
                raise FetchError(f"redirected to {target!r}, which is not an http(s) address")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def fetch(url: str, *, max_bytes: int, timeout: float) -> Fetched:
    """GET ``url``; `FetchError` when it fails or its body exceeds ``max_bytes``."""
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in _SCHEMES:
        raise FetchError(f"only http:// and https:// addresses can be fetched, not {scheme}://")
    opener = urllib.request.build_opener(_Redirects)
    request = urllib.request.Request(url, headers={"User-Agent": f"communique/{__version__}"})
    try:
        with opener.open(request, timeout=timeout) as response:
            data = response.read(max_bytes + 1)
            final = response.geturl()
            media_type = response.headers.get("Content-Type")
    except FetchError:
        raise
    except urllib.error.HTTPError as error:
        if 300 <= error.code < 400:
            raise FetchError(f"more than {MAX_REDIRECTS} redirections") from None
        raise FetchError(f"the server answered {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise FetchError(f"no answer within {timeout:g} s") from None
        raise FetchError(f"could not fetch it: {error.reason}") from None
    except TimeoutError:
        raise FetchError(f"no answer within {timeout:g} s") from None
    except OSError as error:  # a connection reset, a malformed response
        raise FetchError(f"could not fetch it: {error}") from None
    if len(data) > max_bytes:
        raise FetchError(
            f"the page is larger than the limit of {max_bytes:,} bytes "
            "(pass --max-input-bytes N to raise it)"
        )
    path = urllib.parse.urlsplit(final).path
    filename = path.rsplit("/", 1)[-1] or None
    return Fetched(final, data, media_type, filename)
