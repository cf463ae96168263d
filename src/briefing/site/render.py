"""Jinja rendering: the project's templates first, the packaged defaults second.

Autoescaping is on for every template and undefined names are errors, so a
typo in a template stops the build with its file and line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from .. import urls
from ..errors import BriefingError, DamagedSnapshot
from ..load.project import PACKAGED_TEMPLATES, Config
from ..model import Page
from ..store.folder import user_cache_folder


class Renderer:
    def __init__(
        self,
        templates_dir: Path,
        config: Config,
        offline: bool,
        extra: dict[str, Any],
        keep_compiled: bool = False,
    ):
        """``keep_compiled``: keep compiled templates in the user's cache, for the next build."""
        self.config = config
        self.offline = offline
        self.folders = [templates_dir, PACKAGED_TEMPLATES]
        self.env = jinja2.Environment(
            loader=jinja2.ChoiceLoader(
                [
                    jinja2.FileSystemLoader(templates_dir),
                    jinja2.FileSystemLoader(PACKAGED_TEMPLATES),
                ]
            ),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            bytecode_cache=_compiled_cache() if keep_compiled else _COMPILED_HERE,
        )
        self.env.globals.update(
            extra,
            site=config,
            url=self._url,
            absolute_url=self._absolute,
            highlight=highlight_line,
        )
        self.env.filters.update(
            date=format_date,
            kind_label=kind_label,
            without_full_stop=without_full_stop,
            site_links=self._site_links,
            lang_if_other=self._lang_if_other,
        )

    @jinja2.pass_context
    def _url(self, context: jinja2.runtime.Context, target: str) -> str:
        """url() for templates rendered outside a page; pages get a faster one of their own."""
        return self._url_from(context["page_url"])(target)

    def _url_from(self, page_url: str) -> Callable[[str], str]:
        """The url() of one page: site paths made relative to that page."""
        if page_url == "/404.html":
            # Served at any depth by GitHub Pages, so links start from the site's base path.
            base = urls.base_path(self.config.base_url)
            return lambda target: base + target.lstrip("/")
        offline = self.offline
        return lambda target: urls.relative(page_url, target, offline)

    @jinja2.pass_context
    def _site_links(self, context: jinja2.runtime.Context, html: str) -> Markup:
        """Woven HTML with its links to site paths ("/actors/china/") made relative to the
        page showing it: woven text names no page, base path or offline choice."""
        url = context["url"]
        return Markup(_SITE_LINK.sub(lambda found: f'href="{url(found.group(1))}"', html))

    def _lang_if_other(self, language: str) -> Markup:
        """A lang attribute for text in another language than the site's (a French
        article in an English briefing), for screen readers and browsers; else none
        (as for a language not known)."""
        if not language or language == self.config.language:
            return Markup("")
        return Markup(' lang="{}"').format(language)

    def _absolute(self, target: str) -> str:
        return urls.absolute(self.config.base_url, target)

    def render(self, page: Page) -> str:
        return "".join(self.stream(page))

    def stream(self, page: Page) -> Iterator[str]:
        """The page's text in pieces as the template makes them, to write as they come.

        A page listing every event of a big briefing runs to tens of megabytes:
        joined into one string, its pieces would take many times that.
        """
        with self._errors_named(page):
            template = self.env.get_template(page.template)
            yield from template.generate(
                page.context, page_url=page.url, page_title=page.title, url=self._url_from(page.url)
            )

    @contextmanager
    def _errors_named(self, page: Page) -> Iterator[None]:
        try:
            yield
        except jinja2.TemplateSyntaxError as error:
            raise BriefingError(
                f"template error: {error.message}", error.filename, error.lineno
            ) from None
        except jinja2.TemplateNotFound as error:
            path, line = _template_frame(error)  # the include that failed, if any
            where = path or page.template
            raise BriefingError(f"template {error.name!r} not found", where, line) from None
        except UnicodeDecodeError:
            raise self._undecodable_template() from None
        except jinja2.UndefinedError as error:
            path, line = _template_frame(error)
            raise BriefingError(f"template error: {error.message}", path, line) from None
        except (BriefingError, DamagedSnapshot, KeyboardInterrupt, MemoryError):
            raise
        except Exception as error:  # an error the template's own code raised
            path, line = _template_frame(error)
            raise BriefingError(f"template error: {error}", path or page.template, line) from None

    def _undecodable_template(self) -> BriefingError:
        for folder in self.folders:
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                try:
                    path.read_bytes().decode("utf-8")
                except UnicodeDecodeError as error:
                    return BriefingError(f"not UTF-8 text (byte {error.start})", path)
                except OSError:
                    continue
        return BriefingError("a template is not UTF-8 text")


_SITE_LINK = re.compile(r'href="(/actors/[^"/]+/)"')  # the links weaving makes


def _compiled_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates, keyed by their source: compiling them took a tenth of a second.

    They are code, so they are kept only in the user's own cache, never in a
    project folder that may come from elsewhere.
    """
    folder = user_cache_folder() / "templates"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    return _CompiledTemplates(str(folder))


class _CompiledInMemory(jinja2.BytecodeCache):
    """Compiled templates kept by this process alone, for its next build (a server's, a
    test's) when the build cache is not used: compiling them takes about half a second."""

    def __init__(self) -> None:
        self._kept: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        found = self._kept.get(bucket.key)
        if found is not None:
            bucket.bytecode_from_string(found)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._kept[bucket.key] = bucket.bytecode_to_string()


_COMPILED_HERE = _CompiledInMemory()


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Compiled templates that cannot be read or kept only make the next build slower."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with suppress(OSError, EOFError, ValueError):
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with suppress(OSError):
            super().dump_bytecode(bucket)


def _template_frame(error: Exception) -> tuple[str | None, int | None]:
    """The innermost template file and line of a rendering error's traceback."""
    found: tuple[str | None, int | None] = (None, None)
    trace = error.__traceback__
    while trace is not None:
        filename = trace.tb_frame.f_code.co_filename
        if filename.endswith((".html", ".xml", ".txt")):
            found = (filename, trace.tb_lineno)
        trace = trace.tb_next
    return found


def format_date(value: dt.date | None, style: str = "long") -> str:
    if value is None:
        return "undated"
    if style == "iso":
        return value.isoformat()
    if style == "short":
        return value.strftime("%b %Y")
    return f"{value.day} {value.strftime('%B %Y')}"


def without_full_stop(title: str) -> str:
    """A title as it reads inside a sentence: "… rivals, paragraph 6", not "rivals., …"."""
    return title[:-1] if title.endswith(".") and not title.endswith("..") else title


def kind_label(kind: str, plural: bool = False) -> str:
    labels = {
        "country": ("Country", "Countries"),
        "organisation": ("Organisation", "Organisations"),
        "person": ("Person", "People"),
        "initiative": ("Initiative", "Initiatives"),
        "place": ("Place", "Places"),
    }
    return labels.get(kind, (kind.title(), kind.title() + "s"))[plural]


def highlight_line(text: str) -> Markup:
    """One line of a seed, escaped and marked up by Pygments."""
    highlight, lexer, formatter = _pygments()
    return Markup(highlight(text, lexer, formatter).rstrip("\n"))


@cache
def _pygments() -> tuple[Callable[..., str], Any, Any]:
    """Pygments, imported when a page shows a seed: a rebuild after an edit seldom does."""
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import TextLexer

    return highlight, TextLexer(), HtmlFormatter(nowrap=True)
