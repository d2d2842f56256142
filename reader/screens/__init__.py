"""Screens of the reader app: the main screen composes the panes; modal screens for help and sites."""
