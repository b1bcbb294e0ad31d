"""Citizen-facing views behind the e-service centre page (filled in below)."""
