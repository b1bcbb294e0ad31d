"""The e-service centre's rules, shared by the website, the API and the staff admin: the working-day
calendar, tracking numbers, applicants' data and uploads, creating and moving applications,
receipts, registers and statistics, the display board and rate limits."""
