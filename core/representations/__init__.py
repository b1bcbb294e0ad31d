"""How content goes out in the API, shared by every app's router and `api_fields`.

The vocabulary the API speaks about anything (images as renditions, documents as files,
rich text as public HTML, an item's translations), knowing no domain. It sits in core, below
the apps that describe themselves with it; the `api` package above assembles the one API.
"""
