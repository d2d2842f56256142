"""The panes of the reader app, one module per widget."""
