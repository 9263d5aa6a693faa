"""Fourth held-out set of Rencana Aksi PDFs (``python -m samples.generate.holdout4``)."""
