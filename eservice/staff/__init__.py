"""The staff side of the e-service centre in the Wagtail admin: applications and their actions,
the counter entry, the visitor register, feedback moderation, reports and the dashboard panel."""
