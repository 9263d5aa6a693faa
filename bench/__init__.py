"""Benchmarks: accuracy per field and speed (``make bench``)."""
