"""The application the benchmarks send (bench/compare, bench/varnish.py): a demo service without
uploads, so a JSON body will do; loopback servers with the demo content only."""

APPLICATION = {
    "service": "ngo-registration-report",
    "channel": "portal",
    "applicant_name": "রহিমা বেগম",
    "guardian_name": "করিম উদ্দিন",
    "mobile": "01712345678",
    "nid": "1234567890",
    "address": "পায়রাবন্দ, মিঠাপুকুর, রংপুর",
    "upazila": "mithapukur",
}
