"""Examples for Wagtail's own endpoints (pages, schema, sites, whoami, redirects, snippets, images,
documents), from the demo site's real answers."""

from typing import Any

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
