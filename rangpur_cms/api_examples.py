"""Examples for the OpenAPI document: a request body, responses and parameters for every operation.

Taken from the demo site's real answers (ids, texts and dates as `load_demo_content` makes them,
addresses on https://rangpur.example), shortened to one item per list. Every example is checked
against its own schema in tests/api/test_openapi.py, so one that drifts from the API fails CI.

- `EXAMPLES`: operationId → {"request": body, "<status>": response body}. An operation without
  one for a body gets the example of another body with the same schema
  (rangpur_cms.api_openapi: Wagtail's writes answer with the object they wrote).
- `ERROR_EXAMPLES`: one problem+json answer per error status.
- `PARAMETERS` (and `PARAMETER_OVERRIDES`): description and example of each parameter.
"""

from typing import Any

PROBLEM_EXAMPLE = {
    "type": "about:blank",
    "title": "Unprocessable Entity",
    "status": 422,
    "detail": "Some fields need correcting.",
    "errors": [{"type": "invalid", "loc": ["body", "mobile"], "msg": "Enter a Bangladeshi mobile number."}],
}

# One example answer per error status; operations may give their own in EXAMPLES.
ERROR_EXAMPLES: dict[str, dict[str, Any]] = {
    "400": {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "limit cannot be higher than 100"},
    "401": {"type": "about:blank", "title": "Unauthorized", "status": 401, "detail": "Unauthorized"},
    "403": {
        "type": "about:blank",
        "title": "Forbidden",
        "status": 403,
        "detail": "You do not have permission to perform this action.",
    },
    "404": {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "Not Found"},
    "422": {
        "type": "about:blank",
        "title": "Unprocessable Entity",
        "status": 422,
        "detail": "Some values are not valid.",
        "errors": [{"type": "int_parsing", "loc": ["query", "limit"], "msg": "Enter a whole number."}],
    },
    "429": {
        "type": "about:blank",
        "title": "Too Many Requests",
        "status": 429,
        "detail": "Too many requests. Try again in a little while.",
    },
}

NOTICE_EXAMPLE = {
    "id": 12,
    "title": "ভূমি উন্নয়ন কর মেলা ২০২৬",
    "category": "news",
    "category_label": "সংবাদ",
    "locale": "bn",
    "memo_number": "০৫.৫৫.৮৫০০.০০০.০৬.০০১.২৬-১২",
    "published_at": "2026-11-20T10:00:00+06:00",
    "expires_at": None,
    "archived": False,
    "url": "https://rangpur.example/bn/notices/12/",
    "body": "<p>জেলা প্রশাসকের কার্যালয়ে ভূমি উন্নয়ন কর মেলা।</p>",
    "photo": {
        "url": "https://rangpur.example/media/original_images/mela.jpg",
        "alt": "মেলার মঞ্চ",
        "width": 1600,
        "height": 1067,
        "renditions": {
            "thumbnail": {
                "url": "https://rangpur.example/media/images/mela.fill-320x240.jpg",
                "width": 320,
                "height": 240,
            }
        },
    },
    "attachment": {
        "title": "মেলার সময়সূচি",
        "url": "https://rangpur.example/documents/7/schedule.pdf",
        "size": 48213,
        "content_type": "application/pdf",
    },
    "attachments": [],
    "translations": {
        "en": {
            "id": 13,
            "title": "Land development tax fair 2026",
            "url": "https://rangpur.example/en/notices/13/",
            "detail_url": "https://rangpur.example/api/v3/notices/13/",
        }
    },
}

APPLICATION_IN = {
    "service": "khatian-certified-copy",
    "channel": "portal",
    "applicant_name": "রহিমা বেগম",
    "guardian_name": "করিম উদ্দিন",
    "mobile": "01712345678",
    "nid": "1234567890",
    "address": "পায়রাবন্দ, মিঠাপুকুর, রংপুর",
    "upazila": "mithapukur",
    "mouza": "পায়রাবন্দ",
    "khatian_no": "123",
    "survey": "RS",
}

SERVICE_EXAMPLE = {
    "slug": "khatian-certified-copy",
    "locale": "bn",
    "name": "খতিয়ানের সইমোহর নকল (সিএস/এসএ/আরএস/বিএস)",
    "branch": "রেকর্ডরুম শাখা",
    "description": "জেলা রেকর্ডরুমে সংরক্ষিত সিএস, এসএ, আরএস ও বিএস খতিয়ানের সইমোহর নকল (পর্চা)।",
    "documents": ["নির্ধারিত ফরমে আবেদন", "আবেদনকারীর জাতীয় পরিচয়পত্রের কপি"],
    "fee": "20.00",
    "fee_payment": "আবেদনে কোর্ট ফি স্ট্যাম্প লাগাতে হবে",
    "time_limit_days": 7,
    "extra_fields": "land_record",
    "officer": {"designation": "ভারপ্রাপ্ত কর্মকর্তা, রেকর্ডরুম শাখা", "room": "", "phone": "", "email": ""},
    "escalation_officer": {"designation": "অতিরিক্ত জেলা প্রশাসক (রাজস্ব)", "room": "", "phone": "", "email": ""},
    "url": "https://rangpur.example/bn/eservice/service/khatian-certified-copy/",
    "apply_url": "https://rangpur.example/bn/eservice/apply/khatian-certified-copy/",
    "translations": {
        "en": {
            "id": 2,
            "title": "Certified copy of a khatian (CS/SA/RS/BS)",
            "url": "https://rangpur.example/en/eservice/service/khatian-certified-copy/",
            "detail_url": "https://rangpur.example/api/v3/services/khatian-certified-copy/?locale=en",
        }
    },
}

PAGE_LIST_EXAMPLE = {
    "count": 1,
    "items": [
        {
            "id": 7,
            "title": "এক নজরে রংপুর",
            "meta": {
                "type": "home.ContentPage",
                "detail_url": "https://rangpur.example/api/v3/pages/7/",
                "html_url": "https://rangpur.example/bn/rangpur-at-a-glance/",
                "locale": "bn",
                "slug": "rangpur-at-a-glance",
                "first_published_at": "2026-11-01T10:00:00+06:00",
            },
            "translations": {
                "en": {
                    "id": 64,
                    "title": "Rangpur at a glance",
                    "url": "https://rangpur.example/en/rangpur-at-a-glance/",
                    "detail_url": "https://rangpur.example/api/v3/pages/64/",
                }
            },
        }
    ],
}

# Wagtail's own endpoints, as the demo site answers them ------------------------------------


def _content_type(pk: int, name: str, label: str) -> dict:
    """A revision's content type (its label in the request's language)."""
    return {"meta": {"type": "contenttypes.ContentType"}, "id": pk, "name": name, "label": label}


PAGE_DETAIL_EXAMPLE = {
    "meta": {
        "type": "home.ContentPage",
        "detail_url": "https://rangpur.example/api/v3/pages/5/",
        "html_url": "https://rangpur.example/bn/rangpur-at-a-glance/",
        "locale": "bn",
        "slug": "rangpur-at-a-glance",
        "first_published_at": "2026-11-27T23:47:33.083Z",
        "show_in_menus": True,
        "seo_title": "",
        "search_description": "",
        "alias_of": None,
        "parent": {
            "meta": {
                "type": "home.HomePage",
                "detail_url": "https://rangpur.example/api/v3/pages/3/",
                "html_url": "https://rangpur.example/bn/",
            },
            "id": 3,
            "title": "জেলা প্রশাসকের কার্যালয়, রংপুর",
        },
    },
    "id": 5,
    "title": "এক নজরে রংপুর",
    "intro": "রংপুর জেলার আয়তন, জনসংখ্যা, উপজেলা ও নদ-নদীর সংক্ষিপ্ত তথ্য।",
    "body": [
        {
            "id": "a9af409a-b663-4048-98a7-b90f7d2f255a",
            "type": "paragraph",
            "value": "<p>রংপুর জেলার উত্তরে নীলফামারী ও লালমনিরহাট, দক্ষিণে গাইবান্ধা, পূর্বে কুড়িগ্রাম এবং পশ্চিমে দিনাজপুর জেলা। রংপুর শহর ঘাঘট নদীর তীরে অবস্থিত।</p>",
        },
        {
            "id": "4cc81591-2a9f-4af0-96c1-d1c4107f686f",
            "type": "table",
            "value": {
                "data": [
                    ["বিষয়", "তথ্য"],
                    ["বিভাগ", "রংপুর বিভাগ (২৫ জানুয়ারি ২০১০-এ গঠিত)"],
                    ["আয়তন", "২,৩৬৭.৮৪ বর্গ কিলোমিটার (জেলা পরিষদ)"],
                    ["জনসংখ্যা (জনশুমারি ২০২২)", "৩১,৬৯,৬১৪ জন: পুরুষ ১৫,৬৯,০২৬, নারী ১৬,০০,৪৩৮, হিজড়া ১৫০"],
                    ["স্বাক্ষরতার হার (২০২২)", "৭০.৭৩%"],
                    ["উপজেলা", "৮টি"],
                    ["সিটি কর্পোরেশন", "রংপুর সিটি কর্পোরেশন (২০১২)"],
                    ["প্রধান নদী", "তিস্তা, ঘাঘট, করতোয়া, যমুনেশ্বরী, আখিরা"],
                    ["পোস্ট কোড (জেলা সদর)", "5400"],
                ],
                "first_row_is_table_header": True,
                "first_col_is_header": True,
                "table_caption": "রংপুর জেলা: মূল তথ্য",
            },
        },
    ],
    "photo_detail": None,
    "attachment_files": [],
    "translations": {
        "en": {
            "id": 6,
            "title": "Rangpur at a glance",
            "url": "https://rangpur.example/en/rangpur-at-a-glance/",
            "detail_url": "https://rangpur.example/api/v3/pages/6/",
        }
    },
}

PAGE_REVISION_ITEM = {
    "meta": {"type": "wagtailcore.Revision"},
    "id": 4,
    "object_id": "5",
    "created_at": "2026-11-27T23:47:33.074Z",
    "user_id": None,
    "object_str": "এক নজরে রংপুর",
    "approved_go_live_at": None,
}
PAGE_REVISIONS_EXAMPLE = {"items": [PAGE_REVISION_ITEM], "count": 1}
PAGE_REVISION_EXAMPLE = {
    **PAGE_REVISION_ITEM,
    "content_type": _content_type(45, "home.ContentPage", "সাধারণ পাতা"),
    "base_content_type": _content_type(1, "wagtailcore.Page", "page"),
    "content_object": PAGE_DETAIL_EXAMPLE,
}

SCHEMA_LIST_EXAMPLE = {
    "types": [
        {"name": "wagtailcore.Page", "label": "page"},
        {"name": "home.BranchPage", "label": "branch"},
        {"name": "home.AdministrationIndexPage", "label": "district administration"},
    ]
}

SITE_EXAMPLE = {
    "id": 2,
    "hostname": "127.0.0.1",
    "port": 8000,
    "site_name": "Deputy Commissioner's Office, Rangpur",
    "root_page_id": 3,
    "is_default_site": True,
}
SITES_EXAMPLE = {"items": [SITE_EXAMPLE], "count": 1}

WHOAMI_EXAMPLE = {
    "user": {
        "id": "1",
        "username": "admin",
        "email": "admin@example.com",
        "first_name": "",
        "last_name": "",
        "is_superuser": True,
    },
    "profile": {"avatar_url": None},
    "groups": [],
}

IMAGE_EXAMPLE = {
    "meta": {
        "type": "wagtailimages.Image",
        "detail_url": "https://rangpur.example/api/v3/images/1/",
        "tags": [],
        "download_url": "/media/original_images/file.jpg",
    },
    "id": 1,
    "title": "জেলা প্রশাসকের কার্যালয়, রংপুর (ছবি)",
    "width": 480,
    "height": 560,
    "description": "",
    "collection": {"meta": {"type": "wagtailcore.Collection"}, "id": 1},
    "focal_point_x": None,
    "focal_point_y": None,
    "focal_point_width": None,
    "focal_point_height": None,
}
IMAGES_EXAMPLE = {"items": [IMAGE_EXAMPLE], "count": 19}

DOCUMENT_EXAMPLE = {
    "meta": {
        "type": "wagtaildocs.Document",
        "detail_url": "https://rangpur.example/api/v3/documents/1/",
        "tags": [],
        "download_url": "https://rangpur.example/documents/1/file.pdf",
    },
    "id": 1,
    "title": "নাগরিক সেবা: এক নজরে",
    "collection": {"meta": {"type": "wagtailcore.Collection"}, "id": 1},
}
DOCUMENTS_EXAMPLE = {"items": [DOCUMENT_EXAMPLE], "count": 23}

SNIPPET_EXAMPLE = {
    "meta": {"type": "notices.Notice", "detail_url": "https://rangpur.example/api/v3/snippets/notices.Notice/1/"},
    "id": 1,
    "title": "১৪৩৪ বঙ্গাব্দ থেকে তিন বছরের জন্য বদ্ধ জলমহাল ইজারার আবেদন",
    "category": "lease",
    "memo_number": "",
    "published_at": "2026-11-18T04:00:00Z",
    "expires_at": "2027-01-31T11:00:00Z",
    "photo_alt": "একটি বিলের প্রতীকী ছবি: পানি, তীরে সবুজ মাঠ",
    "body": "<p>সরকারি জলমহাল ব্যবস্থাপনা নীতি, ২০০৯ অনুযায়ী জেলার ইজারাযোগ্য বদ্ধ জলমহাল ১ বৈশাখ ১৪৩৪ থেকে ৩০ চৈত্র ১৪৩৬ বঙ্গাব্দ পর্যন্ত তিন বছরের জন্য ইজারা দেওয়া হবে।</p><p>শুধু নিবন্ধিত প্রকৃত মৎস্যজীবী সমবায় সমিতি আবেদন করতে পারবে। আবেদন করতে হবে অনলাইনে jm.lams.gov.bd ঠিকানায়। জলমহালের তালিকা ও শর্তাবলি সংযুক্তিতে দেওয়া হলো।</p>",
    "photo": {"meta": {"type": "wagtailimages.Image"}, "id": 14},
    "attachment": {"meta": {"type": "wagtaildocs.Document"}, "id": 4},
    "attachments": [{"type": "document", "value": 5, "id": "dc35c0f4-4753-461a-948d-abe5dbfc4f40"}],
}
SNIPPETS_EXAMPLE = {"items": [SNIPPET_EXAMPLE], "count": 52}

SNIPPET_REVISION_ITEM = {
    "meta": {"type": "wagtailcore.Revision"},
    "id": 175,
    "object_id": "1",
    "created_at": "2026-11-27T23:47:43.348Z",
    "user_id": None,
    "object_str": "১৪৩৪ বঙ্গাব্দ থেকে তিন বছরের জন্য বদ্ধ জলমহাল ইজারার আবেদন",
    "approved_go_live_at": None,
}
SNIPPET_REVISIONS_EXAMPLE = {"items": [SNIPPET_REVISION_ITEM], "count": 1}
SNIPPET_REVISION_EXAMPLE = {
    **SNIPPET_REVISION_ITEM,
    "content_type": _content_type(39, "notices.Notice", "বিজ্ঞপ্তি"),
    "base_content_type": _content_type(39, "notices.Notice", "বিজ্ঞপ্তি"),
    "content_object": SNIPPET_EXAMPLE,
}

REDIRECT_EXAMPLE = {
    "id": 1,
    "old_path": "/site/page/dc-message",
    "site_id": 2,
    "is_permanent": True,
    "redirect_page_id": 3,
    "redirect_page_route_path": "",
    "redirect_link": "",
    "automatically_created": False,
    "created_at": "2026-11-27T10:00:00Z",
}

SCHEMA_DETAIL_EXAMPLE = {
    "read": {
        "title": "ContentPageSchema",
        "type": "object",
        "properties": {"id": {"type": "integer"}, "title": {"type": "string"}, "intro": {"type": "string"}},
    },
    "create": {
        "title": "ContentPageCreateSchema",
        "type": "object",
        "properties": {"title": {"type": "string"}, "slug": {"type": "string"}},
        "required": ["meta", "title"],
    },
    "patch": {"title": "ContentPagePatchSchema", "type": "object", "properties": {"title": {"type": "string"}}},
}

SITE_IN = {
    "hostname": "rangpur.gov.bd",
    "port": 443,
    "site_name": "জেলা প্রশাসকের কার্যালয়, রংপুর",
    "root_page_id": 3,
    "is_default_site": True,
}
REDIRECT_IN = {"old_path": "/site/page/dc-message", "site": 2, "is_permanent": True, "redirect_page_id": 3}

WAGTAIL_EXAMPLES: dict[str, dict[str, Any]] = {
    "pages_detail": {"200": PAGE_DETAIL_EXAMPLE},
    "pages_create": {
        "request": {"meta": {"type": "home.ContentPage", "parent_id": 3}, "title": "জেলার ইতিহাস", "slug": "history"}
    },
    "pages_update": {"request": {"meta": {"type": "home.ContentPage", "action": "publish"}, "title": "এক নজরে রংপুর"}},
    "pages_revisions_list": {"200": PAGE_REVISIONS_EXAMPLE},
    "pages_revisions_detail": {"200": PAGE_REVISION_EXAMPLE},
    "pages_actions_unpublish": {"request": {"recursive": False}},
    "pages_actions_copy": {
        "request": {
            "destination_id": 3,
            "slug": "rangpur-at-a-glance-2",
            "title": "এক নজরে রংপুর (খসড়া)",
            "keep_live": False,
        }
    },
    "pages_actions_move": {"request": {"destination_id": 3, "position": "last-child"}},
    "pages_actions_revert": {"request": {"revision_id": 4}},
    "pages_actions_create_alias": {"request": {"destination_id": 3, "slug": "at-a-glance", "recursive": False}},
    "pages_actions_copy_for_translation": {"request": {"locale": "en", "copy_parents": False, "alias": False}},
    "schema_list": {"200": SCHEMA_LIST_EXAMPLE},
    "schema_detail": {"200": SCHEMA_DETAIL_EXAMPLE},
    "sites_list": {"200": SITES_EXAMPLE},
    "sites_detail": {"200": SITE_EXAMPLE},
    "sites_create": {"request": SITE_IN},
    "sites_update": {"request": SITE_IN},
    "whoami": {"200": WHOAMI_EXAMPLE},
    "redirects_list": {"200": {"items": [REDIRECT_EXAMPLE], "count": 1}},
    "redirects_detail": {"200": REDIRECT_EXAMPLE},
    "redirects_create": {"request": REDIRECT_IN},
    "redirects_update": {"request": REDIRECT_IN},
    "snippets_list": {"200": SNIPPETS_EXAMPLE},
    "snippets_detail": {"200": SNIPPET_EXAMPLE},
    "snippets_revisions_list": {"200": SNIPPET_REVISIONS_EXAMPLE},
    "snippets_revisions_detail": {"200": SNIPPET_REVISION_EXAMPLE},
    "snippets_actions_revert": {"request": {"revision_id": SNIPPET_REVISIONS_EXAMPLE["items"][0]["id"]}},
    "snippets_actions_copy_for_translation": {"request": {"locale": "en"}},
    "documents_list": {"200": DOCUMENTS_EXAMPLE},
    "documents_detail": {"200": DOCUMENT_EXAMPLE},
    "documents_create": {"request": {"file": "citizen-charter.pdf", "title": "নাগরিক সেবা: এক নজরে", "collection_id": 1}},
    "documents_update": {"request": {"title": "নাগরিক সেবা: এক নজরে (হালনাগাদ)"}},
    "images_list": {"200": IMAGES_EXAMPLE},
    "images_detail": {"200": IMAGE_EXAMPLE},
    "images_create": {"request": {"file": "tajhat-palace.jpg", "title": "তাজহাট জমিদারবাড়ি", "collection_id": 1}},
    "images_update": {"request": {"title": "তাজহাট জমিদারবাড়ি", "focal_point_x": 240, "focal_point_y": 200}},
}

# operationId -> {"request": example body, "<status>": example response}
EXAMPLES: dict[str, dict[str, Any]] = {
    "pages_list": {"200": PAGE_LIST_EXAMPLE},
    "locales_list": {
        "200": [
            {
                "code": "bn",
                "name": "বাংলা",
                "name_en": "Bengali",
                "default": True,
                "home_page": {
                    "id": 3,
                    "title": "জেলা প্রশাসকের কার্যালয়, রংপুর",
                    "url": "https://rangpur.example/bn/",
                    "detail_url": "https://rangpur.example/api/v3/pages/3/",
                },
            },
            {
                "code": "en",
                "name": "English",
                "name_en": "English",
                "default": False,
                "home_page": {
                    "id": 4,
                    "title": "Deputy Commissioner's Office, Rangpur",
                    "url": "https://rangpur.example/en/",
                    "detail_url": "https://rangpur.example/api/v3/pages/4/",
                },
            },
        ]
    },
    "services_list": {"200": [SERVICE_EXAMPLE]},
    "services_detail": {"200": SERVICE_EXAMPLE},
    "notices_list": {"200": {"count": 1, "items": [NOTICE_EXAMPLE]}},
    "notices_detail": {"200": NOTICE_EXAMPLE},
    "applications_create": {
        "request": APPLICATION_IN,
        "201": {
            "tracking_number": "RNG-20261127-0042",
            "status": "received",
            "received_at": "2026-11-27T11:05:00+06:00",
            "probable_delivery_date": "2026-12-01",
            "receipt_url": "https://rangpur.example/bn/e-service/receipt/RNG-20261127-0042/?t=…",
        },
        "422": PROBLEM_EXAMPLE,
    },
    "applications_track": {
        "request": {"tracking_number": "RNG-20261127-0042", "mobile": "01712345678"},
        "200": {
            "tracking_number": "RNG-20261127-0042",
            "service": "khatian-certified-copy",
            "service_name": "খতিয়ানের সইমোহর নকল",
            "channel": "portal",
            "status": "in_process",
            "status_label": "প্রক্রিয়াধীন",
            "received_at": "2026-11-27T11:05:00+06:00",
            "probable_delivery_date": "2026-12-01",
            "events": [
                {
                    "at": "2026-11-27T11:05:00+06:00",
                    "from_status": "",
                    "to_status": "received",
                    "to_status_label": "গৃহীত",
                    "note": "",
                },
                {
                    "at": "2026-11-27T12:30:00+06:00",
                    "from_status": "received",
                    "to_status": "in_process",
                    "to_status_label": "প্রক্রিয়াধীন",
                    "note": "",
                },
            ],
        },
    },
    "applications_events_create": {
        "request": {"to_status": "in_process", "note": "", "forwarded_to": "রেকর্ডরুম শাখা"},
        "201": {
            "tracking_number": "RNG-20261127-0042",
            "status": "in_process",
            "at": "2026-11-27T12:30:00+06:00",
            "from_status": "received",
            "to_status": "in_process",
            "note": "",
            "forwarded_to": "রেকর্ডরুম শাখা",
        },
    },
    "feedback_create": {
        "request": {
            "message": "সেবা দ্রুত পেয়েছি, ধন্যবাদ।",
            "name": "",
            "contact": "",
            "service": "khatian-certified-copy",
        },
        "201": {"id": 5, "status": "new", "submitted_at": "2026-11-27T13:00:00+06:00"},
    },
    "snippets_create": {
        "request": {
            "title": "ভূমি উন্নয়ন কর মেলা ২০২৬",
            "category": "news",
            "memo_number": "০৫.৫৫.৮৫০০.০০০.০৬.০০১.২৬-১২",
            "body": "<p>জেলা প্রশাসকের কার্যালয়ে ভূমি উন্নয়ন কর মেলা।</p>",
            "published_at": "2026-11-20T10:00:00+06:00",
        }
    },
    "snippets_update": {"request": {"title": "ভূমি উন্নয়ন কর মেলা ২০২৬ (সংশোধিত)"}},
    "holidays_list": {
        "200": [{"date": "2026-12-16", "name": "বিজয় দিবস", "name_bn": "বিজয় দিবস", "name_en": "Victory Day"}]
    },
    "board_detail": {
        "200": {
            "locale": "bn",
            "generated_at": "2026-11-27T13:00:00+06:00",
            "refresh_seconds": 30,
            "ready": ["RNG-20261125-0007", "RNG-20261126-0013"],
            "ready_total": 2,
            "services": [
                {
                    "slug": "khatian-certified-copy",
                    "name": "খতিয়ানের সইমোহর নকল",
                    "time_limit_days": 3,
                    "fee": "20.00",
                    "officer": "রেকর্ডরুম ডেপুটি কালেক্টর",
                }
            ],
        }
    },
    "preview_detail": {
        "200": NOTICE_EXAMPLE,
        "403": {"type": "about:blank", "title": "Forbidden", "status": 403, "detail": "This preview link has expired."},
    },
}
EXAMPLES.update(WAGTAIL_EXAMPLES)

# Query and path parameters: (description, example), by name; PARAMETER_OVERRIDES by (path, name).
PARAMETERS: dict[str, tuple[str | None, Any]] = {
    "limit": ("How many items to return (at most the maximum shown).", 20),
    "offset": ("How many items to skip, for the next page of results.", 0),
    "locale": ("A language code, `bn` or `en`: the items in that language; also the language of error messages.", "bn"),
    "search": ("Words to look for.", "জলমহাল"),
    "search_operator": ("`and`: every word must match (the default); `or`: any word.", "and"),
    "order": ("Fields to sort by, `-` before one for descending; or `random`.", ["-first_published_at"]),
    "type": ("Page types, as `app.Model`; with one type, that type's fields can be filtered on.", ["home.MahalPage"]),
    "child_of": ("A page id (or `root`): its children only.", 3),
    "descendant_of": ("A page id (or `root`): everything below it.", 3),
    "ancestor_of": ("A page id: the pages above it.", 5),
    "translation_of": ("A page id: that page's translations.", 5),
    "site": ("A site's hostname, with `:port` when there are several on one host.", "rangpur.example"),
    "id": ("A page id: answers when `html_path` finds nothing.", 5),
    "html_path": ("The page's path on the website, with its language prefix.", "/en/rangpur-at-a-glance/"),
    "version": ("`live` (published) or `draft` (the latest revision; with a token).", "live"),
    "rich_text_format": ("Rich text as public `html` (the default) or `markdown`; `db_*` need a token.", "html"),
    "page_id": ("A page's id.", 5),
    "revision_id": ("A revision's id.", 4),
    "image_id": ("An image's id.", 1),
    "document_id": ("A document's id.", 1),
    "site_id": ("A site's id.", 2),
    "redirect_id": ("A redirect's id.", 1),
    "type_name": ("A content type as `app.Model`.", "home.ContentPage"),
    "pk": ("The snippet's id.", "1"),
    "notice_id": ("A notice's id, as in the notice list.", 12),
    "slug": ("A service's slug, as in the charter list.", "khatian-certified-copy"),
    "tracking_number": ("The application's tracking number, as on the receipt.", "RNG-20261127-0042"),
    "year": ("A year: only the items of that year.", 2026),
    "created_at_from": ("Revisions made at or after this moment (ISO 8601).", "2026-11-01T00:00:00+06:00"),
    "created_at_to": ("Revisions made before this moment (ISO 8601).", "2026-12-01T00:00:00+06:00"),
    "approved_go_live_at_from": (
        "Revisions scheduled to go live at or after this moment.",
        "2026-11-01T00:00:00+06:00",
    ),
    "approved_go_live_at_to": ("Revisions scheduled to go live before this moment.", "2026-12-01T00:00:00+06:00"),
    "user_id": ("Revisions by this user's id.", 1),
    "object_str": ("Revisions whose title contains this text.", "রংপুর"),
    "archived": (None, False),
    "category": (None, "tender"),
    "content_type": (None, "notices.notice"),
    "token": (None, "eyJvYmplY3QiOjEyfQ:1tAbCd:signature"),
}
# Looked up first by (path, name), then by (where, name) with where `path` or `query`.
PARAMETER_OVERRIDES: dict[tuple[str, str], tuple[str | None, Any]] = {
    ("path", "type"): ("The snippet model, as `app.Model`.", "notices.Notice"),
    ("/api/v3/snippets/{type}/", "order"): (None, ["-published_at"]),
    ("/api/v3/documents/", "order"): (None, ["title"]),
    ("/api/v3/images/", "order"): (None, ["-created_at"]),
    ("/api/v3/redirects/", "order"): (None, ["old_path"]),
    ("/api/v3/redirects/find/", "id"): ("A redirect's id: answers when `html_path` finds nothing.", 1),
    ("/api/v3/redirects/find/", "html_path"): ("The old path the redirect answers.", "/site/page/dc-message"),
    ("/api/v3/snippets/{type}/", "translation_of"): ("A notice's id: that notice's translations.", "1"),
    ("/api/v3/notices/", "search"): (None, "ইজারা"),
    ("/api/v3/notices/", "locale"): (None, "bn"),
}
