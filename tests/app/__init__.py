"""Tests of the Textual app: Pilot, snapshots, and the real command in tmux."""
