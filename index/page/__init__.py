"""Page understanding, pure functions: a scraped page's text -> an Article (headline, site, date, body)."""
