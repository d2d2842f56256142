"""The Whoosh index on disk and its speed patches: schema, analysis, columns, scoring, one cache."""
