"""Ingestion: find the files, turn them into articles in workers, write them into the store in batches."""
