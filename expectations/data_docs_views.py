"""Great Expectations' Data Docs page views with their Jinja templates compiled once, not once a page set.

GE's views each make a Jinja environment of their own, so every build compiled the same ~20 templates
for each section and the index (about half of the Data Docs time). These views differ from GE's only in
keeping the compiled templates in Jinja's file-system bytecode cache (the system temp folder, per user;
Jinja checks each template's source checksum, so a changed template is compiled again). Their output is
the same HTML. Imported by GE from the site configuration (`data_docs_site.site_config`), not by runner.
"""

from __future__ import annotations

from functools import cache

from great_expectations.render.view import DefaultJinjaIndexPageView, DefaultJinjaPageView
from jinja2 import BytecodeCache, FileSystemBytecodeCache


@cache
def bytecode_cache() -> BytecodeCache:
    """One bytecode cache for every view of the process."""
    return FileSystemBytecodeCache()


class CachedPageView(DefaultJinjaPageView):
    """GE's page view (expectation suites, validation results) with cached compiled templates."""

    def __init__(self, custom_styles_directory=None, custom_views_directory=None) -> None:
        super().__init__(custom_styles_directory, custom_views_directory)
        self.env.bytecode_cache = bytecode_cache()


class CachedIndexPageView(DefaultJinjaIndexPageView):
    """GE's index page view with cached compiled templates."""

    def __init__(self, custom_styles_directory=None, custom_views_directory=None) -> None:
        super().__init__(custom_styles_directory, custom_views_directory)
        self.env.bytecode_cache = bytecode_cache()
