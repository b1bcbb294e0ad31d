"""Masking personal numbers for logs and screens that must not show them in full."""


def mask_mobile(mobile: str) -> str:
    """ "01712345678" → "017*****678": enough to tell two numbers apart, not to call one."""
    mobile = mobile or ""
    if len(mobile) <= 6:
        return "*" * len(mobile)
    return f"{mobile[:3]}{'*' * (len(mobile) - 6)}{mobile[-3:]}"


def mask_email(email: str) -> str:
    """ "rahima@example.com" → "r*****@example.com"."""
    local, _at, domain = (email or "").partition("@")
    if not domain:
        return "*" * len(local)
    return f"{local[:1]}{'*' * max(len(local) - 1, 1)}@{domain}"
