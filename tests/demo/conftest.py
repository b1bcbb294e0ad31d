"""Demo fixtures: private uploads in a temporary folder, and the moderation set-up that home's
migration makes (made again when a transactional test before has flushed it)."""

import importlib

import pytest
from django.apps import apps


@pytest.fixture(autouse=True)
def _private_in_tmp(settings, tmp_path):
    settings.ESERVICE_PRIVATE_ROOT = tmp_path / "private"


@pytest.fixture
def moderation(db):
    """The Editors and Moderators groups and the "Moderators approval" workflow."""
    migration = importlib.import_module("home.migrations.0003_editor_groups_and_moderation")
    migration.create_groups_and_workflow(apps, None)
