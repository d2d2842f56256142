"""Sources on the web: subscriptions, polite fetching, feeds and OPML, and fetched articles kept as files."""
