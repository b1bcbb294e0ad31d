"""The District e-Service Centre: citizens apply for the charter's services, track them, and
get them; staff receive, move on and deliver applications.

``models/`` (the data and the two routable pages), ``domain/`` (the rules every channel shares),
``web/`` (what citizens see), ``staff/`` (the admin), ``api/`` (the v3 API routers),
``notifications/`` (SMS and email to applicants); ``wagtail_hooks.py`` registers the admin.
"""
