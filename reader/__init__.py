"""reader: the `reader` command and (soon) its Textual app, on top of the `index` core."""
