"""What citizens see of the e-service centre: the views behind the routes of the centre and
feedback pages (eservice/models/pages.py), in both languages."""
