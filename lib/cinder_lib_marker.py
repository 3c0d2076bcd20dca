"""Marks this directory as Cinder-in-Rust's standard library written in Python.

The runtime looks for this file to find `lib/` next to (or above) the
`cinder` executable; it defines nothing.
"""
