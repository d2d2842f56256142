"""Named entities: spaCy NER at ingestion, cleanup of its mistakes, merging into canonical entities."""
