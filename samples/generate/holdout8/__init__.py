"""holdout8: an eighth held-out set of Rencana Aksi PDFs (see samples/holdout8/README.md)."""
