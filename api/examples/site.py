"""Examples for this site's own operations (languages, the page list with translations, notices,
the e-service charter, applications, feedback, holidays, the board, preview), from the demo site."""

from typing import Any

from api.examples.errors import PROBLEM_EXAMPLE
from api.examples.wagtail import PAGE_LIST_EXAMPLE
from eservice.domain.patterns import MOBILE_PATTERN

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
    "shared": False,
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
    "portal": "mithapukur",
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
    # The form, shortened here to three of its fields.
    "form": [
        {
            "name": "mobile",
            "type": "text",
            "required": True,
            "label": {"bn": "মোবাইল নম্বর", "en": "Mobile number"},
            "help_text": {
                "bn": "১১ অঙ্ক, যেমন ০১৭১২৩৪৫৬৭৮; +৮৮০ ও বাংলা অঙ্ক চলবে।",
                "en": "11 digits, e.g. 01712345678; +880 and Bengali digits are fine.",
            },
            "max_length": 20,
            "pattern": MOBILE_PATTERN,
            "choices": [],
        },
        {
            "name": "upazila",
            "type": "choice",
            "required": True,
            "label": {"bn": "উপজেলা", "en": "Upazila"},
            "help_text": {"bn": "", "en": ""},
            "max_length": None,
            "pattern": None,
            "choices": [
                {"value": "rangpur-sadar", "label": {"bn": "রংপুর সদর", "en": "Rangpur Sadar"}},
                {"value": "mithapukur", "label": {"bn": "মিঠাপুকুর", "en": "Mithapukur"}},
            ],
        },
        {
            "name": "documents",
            "type": "files",
            "required": False,
            "label": {"bn": "কাগজপত্র (ঐচ্ছিক)", "en": "Documents (optional)"},
            "help_text": {
                "bn": "পিডিএফ, জেপেগ বা পিএনজি; ৫ এমবি করে সর্বোচ্চ ৫টি ফাইল।",
                "en": "PDF, JPEG or PNG; up to 5 files of 5 MB each.",
            },
            "max_length": None,
            "pattern": None,
            "choices": [],
            "accept": "application/pdf,image/jpeg,image/png",
            "max_files": 5,
            "max_file_bytes": 5242880,
        },
    ],
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

SITE_EXAMPLES: dict[str, dict[str, Any]] = {
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
