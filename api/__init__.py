"""The headless API as a whole: assembly, HTTP manners, errors, OpenAPI and Wagtail overrides.

Each app owns its router (`<app>/api.py`) and adds it in its `ready()`; see api/assembly.py.
"""
