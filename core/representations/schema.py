"""The base of the API's item schemas that our own code fills with plain dicts.

django-ninja's `Schema` validates through a wrapper (`_run_root_validator`) that puts every
object it is given, at every level of nesting, in a `DjangoGetter`, so that a schema can read a
model's attributes, call its methods and run `resolve_*` resolvers. The items built here
(a notice, a photo with its renditions, an attachment, a translation link) are dicts that
core/representations and the routers make themselves, so that wrapper only costs: with every
cache off it was a tenth of the instructions of a `/api/v3/notices/` request (20 notices, each
with its photo, files and translations). `ItemSchema` is pydantic's own model, which validates
dicts in pydantic-core without calling back into Python; django-ninja takes any pydantic model
as a response or a field, and writes the same OpenAPI document for it (guarded by
tests/contract/, which compares the whole document with its snapshot).

Schemas that read model objects or have resolvers (the page schemas Wagtail makes, the
e-service forms) stay ninja's `Schema`.
"""

from pydantic import BaseModel, ConfigDict


class ItemSchema(BaseModel):
    # As ninja's Schema: an object with these attributes validates too (tests build some so).
    model_config = ConfigDict(from_attributes=True)
