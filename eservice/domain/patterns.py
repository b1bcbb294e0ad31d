"""What the application form accepts for a mobile and an NID number, as ECMAScript patterns (the
dialect of JSON Schema and of HTML's `pattern`), for programs that build the form.

Bengali or ASCII digits; a mobile number with 0 or +880 before it. The form also takes spaces
and dashes inside the numbers and removes them, so a front end may strip them first. (A module
of constants only: the API's examples read it while the app registry is still loading.)
"""

MOBILE_PATTERN = r"^(?:\+?(?:880|৮৮০)|[0০])[1১][3-9৩-৯][0-9০-৯]{8}$"
NID_PATTERN = r"^(?:[0-9০-৯]{10}|[0-9০-৯]{13}|[0-9০-৯]{17})$"
# A portal's short name as Django's SlugField takes it, or nothing (then the Host names the portal).
PORTAL_PATTERN = r"^[-a-zA-Z0-9_]{0,64}$"
