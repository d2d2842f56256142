"""Tests for reader and its index core."""
